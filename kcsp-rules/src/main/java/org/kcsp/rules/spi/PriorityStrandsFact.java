package org.kcsp.rules.spi;

import java.util.Set;
import org.kcsp.model.Strand;

/**
 * A priority of the agreement present on D, with the statutory strands it serves (Crime and
 * Disorder Act 1998 s6(1)(a)-(d)); a cross-cutting theme serves the strands it lists like any
 * priority. There is one for each such priority in a check of a version 2 record, and of a version 1
 * record some of whose priorities present on D list strands: in version 1 a priority without them
 * serves none, and a record none of whose priorities lists any is not checked for its strands.
 *
 * <pre>
 * not PriorityStrandsFact( strands contains Strand.SERIOUS_VIOLENCE )
 * </pre>
 *
 * @param priority the priority's id
 * @param name its name
 * @param crossCutting whether it is a cross-cutting theme
 * @param strands the strands it serves; none when it lists none, or they are not recorded
 * @param recorded whether its {@code strands} are recorded: always in version 1; when not, a {@link
 *     NotRecordedFact} is at its path
 * @param path where the priority is in the record, as a JSON path: {@code $.agreement.priorities[2]}
 */
public record PriorityStrandsFact(String priority, String name, boolean crossCutting, Set<Strand> strands,
    boolean recorded, String path) {

  public PriorityStrandsFact {
    strands = Set.copyOf(strands);
  }
}

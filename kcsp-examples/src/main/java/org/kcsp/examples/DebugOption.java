package org.kcsp.examples;

import picocli.CommandLine.Option;

/** {@code --debug}, shared by every command that reads input: a failure's stack trace is shown with its message. */
final class DebugOption {

  @Option(names = "--debug", description = "show stack traces with errors")
  boolean on;
}

package com.example.boot;

import com.fasterxml.jackson.databind.Module;
import java.util.List;
import java.util.Map;
import org.kcsp.model.InvalidRecordException;
import org.kcsp.model.PartnershipRecord;
import org.kcsp.model.io.RecordModule;
import org.kcsp.rules.ComplianceEngine;
import org.kcsp.rules.ComplianceReport;
import org.kcsp.rules.report.ReportModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /check with a record as JSON: the report as JSON; 400 with the record's problems when it is not valid. */
@SpringBootApplication
@RestController
public class Application {

  private final ComplianceEngine engine = ComplianceEngine.standard();

  public static void main(String[] args) {
    SpringApplication.run(Application.class, args);
  }

  /** Boot registers Module beans with its ObjectMapper (it does not look in META-INF/services). */
  @Bean
  Module recordModule() {
    return new RecordModule("the request body");
  }

  @Bean
  Module reportModule() {
    return new ReportModule();
  }

  @PostMapping("/check")
  ComplianceReport check(@RequestBody PartnershipRecord record) {
    return engine.check(record);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, List<String>>> notARecord(HttpMessageNotReadableException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidRecordException invalid) {
        return ResponseEntity.badRequest()
            .body(Map.of("problems", invalid.problems().stream().map(Object::toString).toList()));
      }
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("problems", List.of(e.getMostSpecificCause().getMessage())));
  }
}

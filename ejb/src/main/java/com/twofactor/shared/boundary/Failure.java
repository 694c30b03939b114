package com.twofactor.shared.boundary;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a boundary call failed, read once from whatever the container threw, so that the API and the
 * console tell the same story: the caller's role does not allow it, the input is invalid, a
 * business rule said no, or something unexpected happened (the only kind worth a stack trace).
 */
public sealed interface Failure {

  /** The caller's role does not allow the call. */
  record Forbidden() implements Failure {}

  /** The input broke a constraint: each violated field and what is wrong with it. */
  record Invalid(Set<? extends ConstraintViolation<?>> violations, String message)
      implements Failure {

    /** "field: what is wrong" for each violation, for API clients that send named fields. */
    public String byField() {
      return violations.isEmpty() ? message : join(Invalid::fieldAndMessage);
    }

    /** What is wrong, in the rule's own words, for a person filling in a form. */
    public String plain() {
      return violations.isEmpty() ? message : join(ConstraintViolation::getMessage);
    }

    private String join(Function<ConstraintViolation<?>, String> describe) {
      return violations.stream().map(describe).sorted().collect(Collectors.joining("; "));
    }

    private static String fieldAndMessage(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      // "create.arg0.loginName" -> "loginName"
      return path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage();
    }
  }

  /** A business rule said no, in its own words. */
  record Refused(BusinessException rule) implements Failure {}

  /** Nothing the caller did explains it. */
  record Unexpected(Throwable thrown) implements Failure {}

  /** Reads the first cause that explains the failure, however deeply the container wrapped it. */
  static Failure of(Throwable thrown) {
    if (thrown instanceof EJBAccessException || thrown instanceof AccessLocalException) {
      return new Forbidden();
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof BusinessException rule) {
        return new Refused(rule);
      }
      if (cause instanceof ConstraintViolationException invalid) {
        return new Invalid(invalid.getConstraintViolations(), invalid.getMessage());
      }
      if (cause instanceof IllegalArgumentException invalid) {
        return new Invalid(Set.of(), invalid.getMessage());
      }
    }
    return new Unexpected(thrown);
  }
}

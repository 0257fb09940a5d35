package se.samverka.platform;

import java.util.List;

/** A client sent something Samverka cannot accept; answered 400 with each problem explained in Swedish. */
public class InvalidRequestException extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super(problems.size() + " problem(s) in request");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid request has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package se.samverka.centre;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The centre's coordinator (samordnare), appointed by the steering group (§11.2).
 *
 * @param employerId   the principal that employs the coordinator
 * @param serviceGrade tjänstgöringsgrad in percent, 1–100
 * @param appointedOn  when the steering group appointed them, if recorded
 */
public record Coordinator(String name, Long employerId, Integer serviceGrade, LocalDate appointedOn) {

    public Coordinator {
        Objects.requireNonNull(name);
        Objects.requireNonNull(employerId);
        Objects.requireNonNull(serviceGrade);
        if (name.isBlank() || serviceGrade < 1 || serviceGrade > 100) {
            throw new IllegalArgumentException("A coordinator has a name and a service grade of 1–100 %");
        }
        name = name.trim();
    }
}

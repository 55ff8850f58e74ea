package id.pantau.notification.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Where a platform accepts notices by email. Replaces the previous list as a whole. */
public record EmailRequest(
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 254) @Email(regexp = "[^\\s@,]+@[^\\s@,]+\\.[^\\s@,]+") String> addresses) {
}

package id.pantau.notification.rest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An admin's settings for one platform, replaced as a whole (GET the platform, change, PUT back).
 * retry null means the service defaults; channels is the order of preference.
 */
public record SettingsRequest(
        @NotBlank @Size(max = 64) String displayName,
        @NotNull @Pattern(regexp = "id|en") String language,
        @NotNull @Min(1) @Max(10_000) Integer ratePerSecond,
        @Valid RetryRequest retry,
        @NotNull Boolean active,
        @NotEmpty @Size(max = 2) List<@NotNull @Pattern(regexp = "WEBHOOK|EMAIL") String> channels) {

    @JsonIgnore
    @AssertTrue(message = "channels must not repeat a channel")
    public boolean isChannelsDistinct() {
        return channels == null || channels.stream().distinct().count() == channels.size();
    }
}

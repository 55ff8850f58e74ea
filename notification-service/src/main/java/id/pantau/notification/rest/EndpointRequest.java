package id.pantau.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A platform's webhook registration. The secret is write-only: no response ever contains it. */
public record EndpointRequest(
        @NotNull @Size(max = 2048) @AbsoluteHttpUrl String url,
        @NotNull @Size(min = 16, max = 256) String secret) {

    @Override
    public String toString() {
        return "EndpointRequest[url=" + url + ", secret=***]";
    }
}

package id.pantau.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(false, List.of());
    private final AddressPolicy local = new AddressPolicy(true, List.of("127.0.0.0/8", "::1/128"));

    private static Optional<String> check(AddressPolicy policy, String ip) throws UnknownHostException {
        return policy.addressProblem("hooks.example", List.of(InetAddress.getByName(ip)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.254", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "::", "fe80::1", "fd00:ec2::254",
            "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1"})
    void internalAddressesAreRefusedInProduction(String ip) throws UnknownHostException {
        Optional<String> problem = check(production, ip);
        assertTrue(problem.isPresent(), ip);
        assertTrue(problem.get().contains("internal address"), problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "100.128.0.1"})
    void publicAddressesAreFine(String ip) throws UnknownHostException {
        assertEquals(Optional.empty(), check(production, ip), ip);
    }

    @Test
    void theAllowListOpensOnlyWhatItNames() throws UnknownHostException {
        assertEquals(Optional.empty(), check(local, "127.0.0.1"));
        assertEquals(Optional.empty(), check(local, "::1"));
        assertTrue(check(local, "10.0.0.5").isPresent());
        assertTrue(check(local, "169.254.169.254").isPresent(), "metadata stays closed");
    }

    @Test
    void oneInternalAddressAmongSeveralIsEnough() throws UnknownHostException {
        assertTrue(production.addressProblem("rebind.example",
                List.of(InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.1"))).isPresent());
    }

    @Test
    void httpsOnlyUnlessAllowed() {
        assertEquals(Optional.empty(), production.schemeProblem(URI.create("https://hooks.example/h")));
        assertEquals(Optional.of("must use https"), production.schemeProblem(URI.create("http://hooks.example/h")));
        assertEquals(Optional.empty(), local.schemeProblem(URI.create("http://hooks.example/h")));
        assertTrue(local.schemeProblem(URI.create("ftp://hooks.example/h")).isPresent());
    }
}

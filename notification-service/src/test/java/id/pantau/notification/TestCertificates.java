package id.pantau.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * Self-signed certificates made for the test run with the JDK's keytool: a PKCS#12 key store for the
 * HTTPS receiver and the certificate as PEM for Pantau to trust. Kept in one directory per JVM, so that
 * the test profile (which configures Pantau before it starts) and the test (which starts the receiver)
 * see the same files even though Quarkus loads them in different class loaders.
 */
public final class TestCertificates {

    private static final String PASSWORD = "pantau-test";
    private static final Path DIRECTORY = Path.of(System.getProperty("java.io.tmpdir"),
            "pantau-notification-tls-" + ProcessHandle.current().pid());

    private TestCertificates() {
    }

    /** The PEM certificate of a self-signed key pair whose only name is this host (made on first use). */
    public static synchronized Path certificate(String host) {
        Path pem = DIRECTORY.resolve(host + ".pem");
        if (Files.exists(pem)) {
            return pem;
        }
        try {
            Files.createDirectories(DIRECTORY);
            Path store = keyStore(host);
            keytool("-genkeypair", "-alias", host, "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=" + host, "-ext", "SAN=dns:" + host, "-validity", "2",
                    "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD);
            Path partial = DIRECTORY.resolve(host + ".pem.part");
            keytool("-exportcert", "-rfc", "-alias", host, "-keystore", store.toString(), "-storepass", PASSWORD,
                    "-file", partial.toString());
            Files.move(partial, pem);
            return pem;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server-side TLS context presenting the certificate made for this host. */
    public static SSLContext serverContext(String host) {
        certificate(host);
        try (InputStream in = Files.newInputStream(keyStore(host))) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path keyStore(String host) {
        return DIRECTORY.resolve(host + ".p12");
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }
}

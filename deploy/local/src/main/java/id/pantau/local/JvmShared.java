package id.pantau.local;

import java.util.concurrent.Callable;
import java.util.function.Predicate;

/**
 * One server per JVM for the test resources, even when Quarkus loads them in more than one class loader
 * (a restart for another test profile gets new class loaders, hence new static fields). The address of a
 * started server is kept in a system property, which every class loader sees; the server itself is stopped
 * by a shutdown hook registered by whoever started it.
 */
public final class JvmShared {

    /** A string literal is interned, so this is one lock for all class loaders of the JVM. */
    private static final String LOCK = "id.pantau.local.JvmShared.lock";

    private JvmShared() {
    }

    /**
     * Returns the value shared under {@code property} if {@code alive} accepts it, else runs {@code starter}
     * (which starts a server and registers its shutdown) and shares what it returns.
     */
    public static String getOrStart(String property, Predicate<String> alive, Callable<String> starter) {
        synchronized (LOCK) {
            String existing = System.getProperty(property);
            if (existing != null && alive.test(existing)) {
                return existing;
            }
            try {
                String value = starter.call();
                System.setProperty(property, value);
                return value;
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("could not start " + property, e);
            }
        }
    }

    /** Registers a JVM shutdown hook that runs {@code action}, logging instead of throwing. */
    public static void onShutdown(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                System.err.println("pantau-local: stopping " + name + " failed: " + e);
            }
        }, "pantau-local-stop-" + name));
    }
}

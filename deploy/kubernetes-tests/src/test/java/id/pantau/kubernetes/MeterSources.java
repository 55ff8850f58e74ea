package id.pantau.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where a Prometheus series of Pantau comes from: the Micrometer meter a service registers. */
final class MeterSources {

    private static final Pattern METER_NAME = Pattern.compile("\"(pantau\\.[a-z0-9._-]+)\"");
    private static final Pattern TAG = Pattern.compile("\\.tag\\(\\s*\"([^\"]+)\"");
    private static final Pattern ENUM_BODY = Pattern.compile("\\benum\\s+(\\w+)\\s*(?:implements[^{]*)?\\{([^;}]*)");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("\\b([A-Z][A-Z0-9_]*)\\b");
    /** Suffixes Micrometer's Prometheus registry appends to a meter's base name. */
    private static final Pattern SUFFIX = Pattern.compile("_(total|bucket|count|sum|max)$");

    private MeterSources() {
    }

    record MeterSource(String service, Path file, Set<String> tags, Set<String> enumConstants) {

        /**
         * Whether a tag value is one the service can emit: Pantau's tag values are enum constants (written in
         * lower case for some meters), so a value no enum of the service declares can never match.
         */
        boolean canEmit(String value) {
            return enumConstants.contains(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The one meter whose Prometheus name is {@code prometheusName}; fails when no service or several register it. */
    static MeterSource find(String prometheusName) {
        String base = SUFFIX.matcher(prometheusName).replaceFirst("");
        boolean counter = prometheusName.endsWith("_total");
        List<MeterSource> found = new ArrayList<>();
        for (String service : Manifests.SERVICES) {
            List<Path> files = mainJava(service);
            for (Path file : files) {
                String source = read(file);
                Matcher name = METER_NAME.matcher(source);
                while (name.find()) {
                    if (prometheusBase(name.group(1)).equals(base) && registersMeter(source)) {
                        assertTrue(source.contains(counter ? "Counter" : "Gauge"), prometheusName + " should be a "
                                + (counter ? "Counter" : "Gauge") + " in " + file);
                        found.add(new MeterSource(service, file, tags(source), enumConstants(files, source)));
                        break;
                    }
                }
            }
        }
        assertEquals(1, found.size(), prometheusName + ": expected one service to register it, found " + found.stream()
                .map(MeterSource::file).toList());
        return found.getFirst();
    }

    static String prometheusBase(String micrometerName) {
        return micrometerName.replaceAll("[.-]", "_");
    }

    private static boolean registersMeter(String source) {
        return source.contains("io.micrometer.core.instrument") && source.contains(".register(");
    }

    /** The constants of the service's enums that the registering source names (the tags' value types). */
    private static Set<String> enumConstants(List<Path> files, String registering) {
        Set<String> constants = new TreeSet<>();
        for (Path file : files) {
            Matcher body = ENUM_BODY.matcher(read(file).replaceAll("(?s)/\\*.*?\\*/|//[^\n]*", ""));
            while (body.find()) {
                if (!Pattern.compile("\\b" + body.group(1) + "\\b").matcher(registering).find()) {
                    continue;
                }
                Matcher constant = ENUM_CONSTANT.matcher(body.group(2).replaceAll("\\([^)]*\\)", ""));
                while (constant.find()) {
                    constants.add(constant.group(1));
                }
            }
        }
        return constants;
    }

    private static Set<String> tags(String source) {
        Set<String> tags = new TreeSet<>();
        Matcher tag = TAG.matcher(source);
        while (tag.find()) {
            tags.add(tag.group(1));
        }
        return tags;
    }

    private static List<Path> mainJava(String service) {
        try (Stream<Path> files = Files.walk(Manifests.root().resolve(service).resolve("src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.pantau.kubernetes;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the code says about topics, groups and config keys: the truth the manifests are checked against. */
final class ServiceSources {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("String\\s+TOPIC\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern TOPIC_USE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.TOPIC\\b");

    private ServiceSources() {
    }

    /** application.properties of a service, keys without their {@code %profile.} prefix. */
    static Map<String, String> properties(String service) {
        Properties raw = new Properties();
        try (Reader reader = Files.newBufferedReader(
                Manifests.root().resolve(service).resolve("src/main/resources/application.properties"))) {
            raw.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new HashMap<>();
        raw.stringPropertyNames().forEach(key -> {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            properties.putIfAbsent(plain, raw.getProperty(key));
        });
        return properties;
    }

    /** Quarkus' environment-variable form of a property name: non-alphanumerics to '_', upper case. */
    static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static String pom(String service) {
        return read(Manifests.root().resolve(service).resolve("pom.xml"));
    }

    static Set<String> incomingTopics(String service) {
        return valuesOf(service, key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")
                && !key.endsWith(".dead-letter-queue.topic"));
    }

    static Set<String> deadLetterTopics(String service) {
        return valuesOf(service, key -> key.endsWith(".dead-letter-queue.topic"));
    }

    static Set<String> consumerGroups(String service) {
        return valuesOf(service, key -> key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id"));
    }

    /** Topics a service writes through its outbox: the events' TOPIC constants its main code refers to. */
    static Set<String> outboxTopics(String service) {
        Map<String, String> constants = topicConstants();
        Set<String> topics = new TreeSet<>();
        for (String source : javaSources(Manifests.root().resolve(service).resolve("src/main/java"))) {
            Matcher use = TOPIC_USE.matcher(source);
            while (use.find()) {
                if (constants.containsKey(use.group(1))) {
                    topics.add(constants.get(use.group(1)));
                }
            }
        }
        return topics;
    }

    /** Event class simple name to its TOPIC constant, from events/. */
    static Map<String, String> topicConstants() {
        Map<String, String> constants = new HashMap<>();
        Path events = Manifests.root().resolve("events/src/main/java");
        try (Stream<Path> files = Files.walk(events)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(file -> {
                Matcher m = TOPIC_CONSTANT.matcher(read(file));
                if (m.find()) {
                    String name = file.getFileName().toString();
                    constants.put(name.substring(0, name.length() - ".java".length()), m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constants;
    }

    /** Every topic the code uses: consumed, dead-lettered and written through the outbox. */
    static Set<String> topicsInCode() {
        Set<String> topics = new TreeSet<>(topicConstants().values());
        for (String service : Manifests.SERVICES) {
            topics.addAll(incomingTopics(service));
            topics.addAll(deadLetterTopics(service));
        }
        return topics;
    }

    private static Set<String> valuesOf(String service, java.util.function.Predicate<String> key) {
        return properties(service).entrySet().stream().filter(e -> key.test(e.getKey()))
                .map(Map.Entry::getValue).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Iterable<String> javaSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).map(ServiceSources::read).toList();
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

package id.pantau.classifier.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.domain.Category;
import id.pantau.classifier.domain.Rule;
import id.pantau.classifier.domain.RuleKind;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.domain.Thresholds;
import id.pantau.classifier.domain.Tokenizer;
import id.pantau.classifier.domain.normalise.TokenShape;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a rule set file and checks all of it before anything uses it, reporting every problem at once
 * (a policy author should not have to fix a file one error per restart). The file format is described
 * in the module README.
 */
public final class RuleSetLoader {

    public static final String CLASSPATH_PREFIX = "classpath:";

    static final int MAX_WINDOW = 50;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    // A private mapper: the file must be strict (unknown or duplicate keys are mistakes), unlike API bodies.
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    record RuleSetFile(String id, Integer version, String policy, ThresholdsFile thresholds, List<RuleFile> rules,
            Boolean stemming) {
    }

    record ThresholdsFile(Double violation, Double review) {
    }

    record RuleFile(String id, String kind, String category, Double weight, String description, List<String> terms,
            List<String> near, List<String> categories, Integer window) {
    }

    private RuleSetLoader() {
    }

    public static RuleSet load(String location) {
        if (location.startsWith(CLASSPATH_PREFIX)) {
            String resource = location.substring(CLASSPATH_PREFIX.length());
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new InvalidRuleSetException("Rule set " + location + " not found on the classpath");
                }
                return parse(location, in.readAllBytes());
            } catch (IOException e) {
                throw new InvalidRuleSetException("Rule set " + location + " cannot be read: " + e.getMessage(), e);
            }
        }
        try {
            return parse(location, Files.readAllBytes(Path.of(location)));
        } catch (NoSuchFileException e) {
            throw new InvalidRuleSetException("Rule set file " + location + " does not exist", e);
        } catch (IOException e) {
            throw new InvalidRuleSetException("Rule set file " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    public static RuleSet parse(String source, byte[] json) {
        RuleSetFile file;
        try {
            file = STRICT.readValue(json, RuleSetFile.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidRuleSetException("Rule set " + source + " is not valid JSON for a rule set" + where + ": "
                    + e.getOriginalMessage(), List.of(fieldOf(e) + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidRuleSetException("Rule set " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new InvalidRuleSetException("Rule set " + source + " is empty", List.of("document: is empty"));
        }
        List<String> errors = new ArrayList<>();
        RuleSet ruleSet = validate(file, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException("Rule set " + source + " is invalid: " + String.join("; ", errors), errors);
        }
        return ruleSet;
    }

    /**
     * A stored document under the version it is stored as: the document's own {@code version} key, if any,
     * does not count (a draft copied from version 2 is still version 5).
     */
    public static RuleSet parse(String source, String json, int version) {
        JsonNode tree;
        try {
            tree = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidRuleSetException("Rule set " + source + " is not valid JSON" + where + ": " + e.getOriginalMessage(),
                    List.of("document: not valid JSON" + where + ": " + e.getOriginalMessage()));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new InvalidRuleSetException("Rule set " + source + " is not a JSON object",
                    List.of("document: must be a JSON object"));
        }
        object.put("version", version);
        try {
            return parse(source, STRICT.writeValueAsBytes(object));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree that was just read cannot be written", e);
        }
    }

    /** Whether the text is one JSON object (strictly read: no duplicate keys, nothing after it). */
    public static boolean isJsonObject(String json) {
        try {
            return STRICT.readTree(json) instanceof ObjectNode;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The document's {@code id}, if it has a usable one, for listing a draft that is not valid yet. */
    public static String idOf(String json) {
        try {
            JsonNode id = STRICT.readTree(json).get("id");
            return id != null && id.isTextual() && ID.matcher(id.asText()).matches() ? id.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static RuleSet validate(RuleSetFile file, List<String> errors) {
        if (file.id() == null || !ID.matcher(file.id()).matches()) {
            errors.add("id must be lower-case letters, digits and '-' (got " + quoted(file.id()) + ")");
        }
        if (file.version() == null || file.version() < 1) {
            errors.add("version must be an integer of at least 1");
        }
        if (isBlank(file.policy())) {
            errors.add("policy must be a non-blank text saying what the rule set forbids");
        }
        Thresholds thresholds = thresholds(file.thresholds(), errors);
        List<Rule> rules = rules(file.rules(), errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return new RuleSet(file.id(), file.version(), file.policy().strip(), thresholds, rules,
                Boolean.TRUE.equals(file.stemming()));
    }

    private static Thresholds thresholds(ThresholdsFile file, List<String> errors) {
        if (file == null || file.violation() == null || file.review() == null) {
            errors.add("thresholds must give both violation and review");
            return null;
        }
        if (!Double.isFinite(file.review()) || file.review() <= 0) {
            errors.add("thresholds.review must be a positive number");
        } else if (!Double.isFinite(file.violation()) || file.violation() <= file.review()) {
            errors.add("thresholds.violation must be greater than thresholds.review");
        }
        return new Thresholds(file.violation(), file.review());
    }

    private static List<Rule> rules(List<RuleFile> files, List<String> errors) {
        if (files == null || files.isEmpty()) {
            errors.add("rules must list at least one rule");
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> ruleByJoinedTerm = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            RuleFile file = files.get(i);
            String at = "rules[" + i + "]" + (file == null || file.id() == null ? "" : " '" + file.id() + "'");
            if (file == null) {
                errors.add(at + " must be an object");
                continue;
            }
            int before = errors.size();
            if (file.id() == null || !ID.matcher(file.id()).matches()) {
                errors.add(at + ": id must be lower-case letters, digits and '-'");
            } else if (!ids.add(file.id())) {
                errors.add(at + ": id is used by another rule");
            }
            RuleKind kind = kind(file.kind(), at, errors);
            Category category = category(file, kind, at, errors);
            weight(file, kind, category, at, errors);
            if (kind == RuleKind.COOCCURRENCE) {
                if (file.terms() != null) {
                    errors.add(at + ": a cooccurrence rule has no terms of its own; it combines categories");
                }
            } else {
                terms(file.terms(), at + ".terms", errors).forEach(term -> {
                    String joined = TokenShape.isPlaceholder(term) ? term.strip() : String.join("", Tokenizer.words(term));
                    String other = ruleByJoinedTerm.putIfAbsent(joined, file.id());
                    if (other != null && !other.equals(file.id())) {
                        errors.add(at + ": term '" + term + "' is also a term of rule '" + other + "', which would count it twice");
                    }
                });
            }
            proximity(file, kind, at, errors);
            List<Category> categories = cooccurrence(file, kind, at, errors);
            if (errors.size() == before) {
                rules.add(new Rule(file.id(), kind, category, file.weight(),
                        file.description() == null ? "" : file.description().strip(),
                        file.terms() == null ? List.of() : file.terms(), kind == RuleKind.PROXIMITY ? file.near() : List.of(),
                        categories, kind == RuleKind.PROXIMITY || kind == RuleKind.COOCCURRENCE ? windowOf(file) : 0));
            }
        }
        if (errors.isEmpty() && rules.stream().allMatch(r -> r.kind() == RuleKind.EXCLUSION || r.weight() == 0)) {
            errors.add("rules must contain at least one terms or proximity rule; exclusions alone can never score");
        }
        usedCategories(rules, errors);
        return rules;
    }

    /** A co-occurrence of a category no rule supplies could never fire: a typo, most likely. */
    private static void usedCategories(List<Rule> rules, List<String> errors) {
        Set<Category> supplied = new HashSet<>();
        rules.stream().filter(r -> r.kind() == RuleKind.TERMS || r.kind() == RuleKind.PROXIMITY)
                .forEach(r -> supplied.add(r.category()));
        for (Rule rule : rules) {
            for (Category category : rule.categories()) {
                if (!supplied.contains(category)) {
                    errors.add("rule '" + rule.id() + "': no terms rule has category " + lower(category)
                            + ", so this co-occurrence could never fire");
                }
            }
        }
    }

    /** Exclusions are always EXCLUSION; others default to TRADE_TERM, the only category of the first format. */
    private static Category category(RuleFile file, RuleKind kind, String at, List<String> errors) {
        if (file.category() == null) {
            return kind == RuleKind.EXCLUSION ? Category.EXCLUSION : Category.TRADE_TERM;
        }
        Category category = categoryNamed(file.category());
        if (category == null) {
            errors.add(at + ": category must be one of " + categoryNames() + " (got " + quoted(file.category()) + ")");
        } else if ((kind == RuleKind.EXCLUSION) != (category == Category.EXCLUSION)) {
            errors.add(at + ": category exclusion belongs to exclusion rules, and exclusion rules to it");
        }
        return category;
    }

    /** Zero is allowed for a vocabulary that only feeds co-occurrence rules (a category other than trade_term). */
    private static void weight(RuleFile file, RuleKind kind, Category category, String at, List<String> errors) {
        boolean vocabulary = kind == RuleKind.TERMS && category != null && category != Category.TRADE_TERM;
        Double weight = file.weight();
        if (weight == null || !Double.isFinite(weight) || weight < 0 || (weight == 0 && !vocabulary)) {
            errors.add(at + ": weight must be a positive number"
                    + (kind == RuleKind.TERMS ? " (or 0 for a terms rule of a category other than trade_term)" : ""));
        }
    }

    private static List<Category> cooccurrence(RuleFile file, RuleKind kind, String at, List<String> errors) {
        if (kind != RuleKind.COOCCURRENCE) {
            if (kind != null && file.categories() != null) {
                errors.add(at + ": categories belong to cooccurrence rules only");
            }
            return List.of();
        }
        List<Category> categories = new ArrayList<>();
        if (file.categories() == null || file.categories().size() != 2) {
            errors.add(at + ".categories must name exactly two categories");
        } else {
            for (String name : file.categories()) {
                Category category = name == null ? null : categoryNamed(name);
                if (category == null || category == Category.EXCLUSION) {
                    errors.add(at + ".categories: " + quoted(name) + " is not a category a term can have");
                } else {
                    categories.add(category);
                }
            }
        }
        if (file.window() != null && (file.window() < 0 || file.window() > MAX_WINDOW)) {
            errors.add(at + ": window must be a number of words from 0 (anywhere) to " + MAX_WINDOW);
        }
        return categories;
    }

    private static int windowOf(RuleFile file) {
        return file.window() == null ? 0 : file.window();
    }

    private static Category categoryNamed(String name) {
        for (Category candidate : Category.values()) {
            if (lower(candidate).equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static String categoryNames() {
        List<String> names = new ArrayList<>();
        for (Category category : Category.values()) {
            names.add(lower(category));
        }
        return String.join(", ", names);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static RuleKind kind(String kind, String at, List<String> errors) {
        if (kind != null) {
            for (RuleKind candidate : RuleKind.values()) {
                if (candidate.name().toLowerCase(Locale.ROOT).equals(kind)) {
                    return candidate;
                }
            }
        }
        errors.add(at + ": kind must be one of terms, proximity, cooccurrence, exclusion (got " + quoted(kind) + ")");
        return null;
    }

    /** Returns the usable terms; a term without a single word could never match and is an error. */
    private static List<String> terms(List<String> terms, String at, List<String> errors) {
        if (terms == null || terms.isEmpty()) {
            errors.add(at + " must list at least one term");
            return List.of();
        }
        List<String> usable = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            if (term == null || Tokenizer.words(term).isEmpty()) {
                errors.add(at + "[" + i + "] must contain at least one letter or digit (got " + quoted(term) + ")");
            } else {
                usable.add(term);
            }
        }
        return usable;
    }

    private static void proximity(RuleFile file, RuleKind kind, String at, List<String> errors) {
        if (kind == RuleKind.PROXIMITY) {
            terms(file.near(), at + ".near", errors);
            if (file.window() == null || file.window() < 1 || file.window() > MAX_WINDOW) {
                errors.add(at + ": window must be a number of words from 1 to " + MAX_WINDOW);
            }
        } else if (kind != null && (file.near() != null || (file.window() != null && kind != RuleKind.COOCCURRENCE))) {
            errors.add(at + ": near and window belong to proximity rules only (window also to cooccurrence rules)");
        }
    }

    /** The JSON path of a mapping error ("rules[0].weight"), or "document" when there is none. */
    private static String fieldOf(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (com.fasterxml.jackson.databind.JsonMappingException.Reference step : mapping.getPath()) {
                if (step.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(step.getFieldName());
                } else if (step.getIndex() >= 0) {
                    path.append('[').append(step.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "document";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "'" + text + "'";
    }
}

package id.pantau.classifier.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.pantau.classifier.domain.Rule;
import id.pantau.classifier.domain.RuleKind;
import id.pantau.classifier.domain.RuleSet;
import id.pantau.classifier.domain.Thresholds;
import id.pantau.classifier.domain.Tokenizer;
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

    record RuleFile(String id, String kind, Double weight, String description, List<String> terms, List<String> near,
            Integer window) {
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
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidRuleSetException("Rule set " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (file == null) {
            throw new InvalidRuleSetException("Rule set " + source + " is empty");
        }
        List<String> errors = new ArrayList<>();
        RuleSet ruleSet = validate(file, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRuleSetException("Rule set " + source + " is invalid: " + String.join("; ", errors));
        }
        return ruleSet;
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
            if (file.weight() == null || !Double.isFinite(file.weight()) || file.weight() <= 0) {
                errors.add(at + ": weight must be a positive number");
            }
            terms(file.terms(), at + ".terms", errors).forEach(term -> {
                String other = ruleByJoinedTerm.putIfAbsent(String.join("", Tokenizer.words(term)), file.id());
                if (other != null && !other.equals(file.id())) {
                    errors.add(at + ": term '" + term + "' is also a term of rule '" + other + "', which would count it twice");
                }
            });
            proximity(file, kind, at, errors);
            if (errors.size() == before) {
                rules.add(new Rule(file.id(), kind, file.weight(), file.description() == null ? "" : file.description().strip(),
                        file.terms(), kind == RuleKind.PROXIMITY ? file.near() : List.of(),
                        kind == RuleKind.PROXIMITY ? file.window() : 0));
            }
        }
        if (errors.isEmpty() && rules.stream().allMatch(r -> r.kind() == RuleKind.EXCLUSION)) {
            errors.add("rules must contain at least one terms or proximity rule; exclusions alone can never score");
        }
        return rules;
    }

    private static RuleKind kind(String kind, String at, List<String> errors) {
        if (kind != null) {
            for (RuleKind candidate : RuleKind.values()) {
                if (candidate.name().toLowerCase(Locale.ROOT).equals(kind)) {
                    return candidate;
                }
            }
        }
        errors.add(at + ": kind must be one of terms, proximity, exclusion (got " + quoted(kind) + ")");
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
        } else if (kind != null && (file.near() != null || file.window() != null)) {
            errors.add(at + ": near and window belong to proximity rules only");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String quoted(String text) {
        return text == null ? "nothing" : "'" + text + "'";
    }
}

package id.pantau.classifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "pantau.classifier")
public interface ClassifierConfig {

    /**
     * The rule set that becomes version {@code n} and ACTIVE when the database holds none yet (first start):
     * {@code classpath:<resource>} or a file path. Afterwards rule sets live in the database only.
     */
    @WithDefault(RuleSetLoader.CLASSPATH_PREFIX + "rulesets/second-hand-clothing.v4.json")
    String ruleSet();

    /** Further rule-set files stored as DRAFTs at first start, for analysts to evaluate and a supervisor to activate. */
    @WithDefault(RuleSetLoader.CLASSPATH_PREFIX + "rulesets/second-hand-clothing.v3.json")
    List<String> draftRuleSets();

    /**
     * How often each replica re-reads the active version, the safety net behind LISTEN/NOTIFY (read by the
     * scheduler from this key).
     */
    @WithDefault("10s")
    java.time.Duration activeCheck();

    /** The longest text the classify APIs accept, in UTF-16 characters; longer is refused with 413. */
    @WithDefault("65536")
    int maxTextLength();

    /** How many texts one batch request may carry; more is refused with 413. */
    @WithDefault("1000")
    int maxBatchSize();
}

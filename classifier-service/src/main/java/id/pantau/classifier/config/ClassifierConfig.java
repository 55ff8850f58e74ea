package id.pantau.classifier.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pantau.classifier")
public interface ClassifierConfig {

    /**
     * Where the active rule set is read from at startup: {@code classpath:<resource>} or a file path
     * (an operator can mount a rule file without rebuilding the image).
     */
    @WithDefault(RuleSetLoader.CLASSPATH_PREFIX + "rulesets/second-hand-clothing.v2.json")
    String ruleSet();
}

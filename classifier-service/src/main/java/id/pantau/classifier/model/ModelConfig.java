package id.pantau.classifier.model;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "pantau.classifier.model")
public interface ModelConfig {

    /** The model card ({@code classpath:<resource>} or a file path); the model file lies beside it. */
    @WithDefault(TribuoTextModel.SHIPPED)
    String card();
}

package id.pantau.classifier.benchmark;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
import id.pantau.classifier.domain.normalise.TokenShape;
import id.pantau.classifier.model.TribuoTextModel;
import id.pantau.classifier.service.Decider;
import id.pantau.classifier.domain.Rule;
import id.pantau.classifier.domain.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The whole path of one post (normalise, match with the automaton, score, ask the model, combine, explain)
 * on one thread, over a corpus of about a thousand realistic posts, with the shipped rule set v4 (every rule kind,
 * price and phone shapes) and the shipped trained model ({@code TribuoTextModel}) combined as the service
 * does ({@code Combination.CHOSEN}). Beside it, a naive baseline: one regular
 * expression per term and context phrase (plus one per token shape) on the lower-cased text, without
 * normalisation. One operation is one post.
 */
@State(Scope.Thread)
@Threads(1)
public class ClassifierBenchmark {

    static final String RULE_SET = "classpath:rulesets/second-hand-clothing.v4.json";

    private Classifier classifier;
    private Decider decider;
    private List<Pattern> naivePatterns;
    private String[] posts;
    private int next;

    @Setup
    public void setUp() {
        RuleSet ruleSet = RuleSetLoader.load(RULE_SET);
        classifier = new Classifier(ruleSet);
        decider = new Decider(new TribuoTextModel(TribuoTextModel.SHIPPED));
        naivePatterns = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            List<String> phrases = new ArrayList<>(rule.terms());
            phrases.addAll(rule.near());
            for (String term : phrases) {
                if (term.equals(TokenShape.PRICE)) {
                    naivePatterns.add(Pattern.compile("\\b(rp\\s?\\d[\\d.]*|\\d+(k|rb|ribu|jt|juta))\\b"));
                } else if (term.equals(TokenShape.PHONE)) {
                    naivePatterns.add(Pattern.compile("\\b(08[1-9]\\d{2,}|\\+?628\\d{7,})"));
                } else {
                    naivePatterns.add(Pattern.compile("\\b" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "\\b"));
                }
            }
        }
        posts = BenchmarkCorpus.generate(1_000, 42).toArray(String[]::new);
    }

    private String nextPost() {
        String post = posts[next];
        next = next + 1 == posts.length ? 0 : next + 1;
        return post;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision classify() {
        return decider.decide(classifier, nextPost());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision classifyLatency() {
        return decider.decide(classifier, nextPost());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int naiveRegexPerTerm() {
        String text = nextPost().toLowerCase(Locale.ROOT);
        int found = 0;
        for (Pattern pattern : naivePatterns) {
            if (pattern.matcher(text).find()) {
                found++;
            }
        }
        return found;
    }
}

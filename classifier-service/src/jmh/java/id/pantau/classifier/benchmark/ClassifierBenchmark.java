package id.pantau.classifier.benchmark;

import id.pantau.classifier.config.RuleSetLoader;
import id.pantau.classifier.domain.Classifier;
import id.pantau.classifier.domain.Decision;
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
 * The whole path of one post (normalise, match, score, explain) on one thread, over a corpus of about a
 * thousand realistic posts, beside a naive baseline: one regular expression per rule term on the
 * lower-cased text, without normalisation. One operation is one post.
 */
@State(Scope.Thread)
@Threads(1)
public class ClassifierBenchmark {

    static final String RULE_SET = "classpath:rulesets/second-hand-clothing.v2.json";

    private Classifier classifier;
    private List<Pattern> naivePatterns;
    private String[] posts;
    private int next;

    @Setup
    public void setUp() {
        RuleSet ruleSet = RuleSetLoader.load(RULE_SET);
        classifier = new Classifier(ruleSet);
        naivePatterns = new ArrayList<>();
        for (Rule rule : ruleSet.rules()) {
            for (String term : rule.terms()) {
                naivePatterns.add(Pattern.compile("\\b" + Pattern.quote(term.toLowerCase(Locale.ROOT)) + "\\b"));
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
        return classifier.classify(nextPost());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision classifyLatency() {
        return classifier.classify(nextPost());
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

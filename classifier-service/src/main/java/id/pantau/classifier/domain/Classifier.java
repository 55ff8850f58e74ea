package id.pantau.classifier.domain;

import id.pantau.classifier.domain.normalise.Normaliser;
import id.pantau.classifier.domain.normalise.TokenShape;
import id.pantau.classifier.domain.normalise.Word;
import id.pantau.events.MatchedTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule set compiled for matching. Posts are read by a {@link Normaliser} that knows the rule set's
 * words, so that leetspeak, split or stretched letters, slang and run-together hashtags reach the rules;
 * spans still point into the original text. Every term and context phrase of every rule sits in one
 * {@link PhraseAutomaton}, fed the normalised words with prices and phone numbers read as their
 * {@link TokenShape} placeholders, so a post costs one pass whatever the size of the rule set.
 * <p>
 * Score: the weights of the rules that matched at least once, each rule counted once, minus the weights
 * of the exclusions that matched, floored at zero. Immutable and thread-safe.
 */
public final class Classifier {

    /** Bounds the explanation of a spammy post; the score counts each rule once anyway. */
    public static final int MAX_SPANS_PER_RULE = 25;

    private static final double SCORE_PRECISION = 1_000_000d;
    /*
     * Written out rather than composed with Comparator.comparingInt(...).thenComparing(...): composed
     * comparators call their key extractors through shared lambda classes that the JIT cannot inline, and
     * these sorts run several times per post.
     */
    private static final Comparator<MatchedTerm> TEXT_ORDER = (a, b) -> {
        if (a.start() != b.start()) {
            return Integer.compare(a.start(), b.start());
        }
        return a.end() != b.end() ? Integer.compare(a.end(), b.end()) : a.ruleId().compareTo(b.ruleId());
    };

    private static final Comparator<Hit> POSITION_ORDER = (a, b) ->
            a.first() != b.first() ? Integer.compare(a.first(), b.first()) : Integer.compare(b.last(), a.last());

    /** Lists of a post are short and arrive nearly sorted: insertion sort, without TimSort's set-up. */
    private static final int INSERTION_SORT_MAX = 32;

    private enum Role { TERM, CONTEXT }

    private record Phrase(int rule, Role role, String term) {
    }

    /** A category with no hits in this post; never added to. */
    private static final List<Hit> NO_HITS = List.of();

    /** A phrase found at words [first, last) of the text. */
    private record Hit(Phrase phrase, int first, int last) {
    }

    private final RuleSet ruleSet;
    private final Normaliser normaliser;
    private final PhraseAutomaton<Phrase> automaton;
    /** For each category, the terms and proximity rules that supply it to co-occurrence rules. */
    private final int[][] suppliers = new int[Category.values().length][];

    public Classifier(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.normaliser = normaliserFor(ruleSet);
        Map<Phrase, List<String>> phrases = new LinkedHashMap<>();
        List<Rule> rules = ruleSet.rules();
        for (int r = 0; r < rules.size(); r++) {
            for (String term : rules.get(r).terms()) {
                phrases.put(new Phrase(r, Role.TERM, term), normalisedWords(term));
            }
            for (String context : rules.get(r).near()) {
                phrases.put(new Phrase(r, Role.CONTEXT, context), normalisedWords(context));
            }
        }
        this.automaton = new PhraseAutomaton<>(phrases);
        for (Category category : Category.values()) {
            suppliers[category.ordinal()] = java.util.stream.IntStream.range(0, rules.size())
                    .filter(r -> rules.get(r).category() == category && rules.get(r).kind() != RuleKind.EXCLUSION
                            && rules.get(r).kind() != RuleKind.COOCCURRENCE)
                    .toArray();
        }
    }

    /** Terms are read like posts, so a term and the same words in a post always compare alike. */
    private static Normaliser normaliserFor(RuleSet ruleSet) {
        Set<String> words = new HashSet<>();
        Set<String> joined = new HashSet<>();
        for (Rule rule : ruleSet.rules()) {
            for (List<String> phrase : phrases(rule)) {
                words.addAll(phrase);
                if (phrase.size() > 1) {
                    joined.add(String.join("", phrase));
                }
            }
        }
        return Normaliser.withWords(words, joined, ruleSet.stemming());
    }

    private static List<List<String>> phrases(Rule rule) {
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : rule.terms()) {
            if (!TokenShape.isPlaceholder(phrase)) {
                phrases.add(Tokenizer.words(phrase));
            }
        }
        rule.near().forEach(context -> phrases.add(Tokenizer.words(context)));
        return phrases;
    }

    private List<String> normalisedWords(String phrase) {
        if (TokenShape.isPlaceholder(phrase)) {
            return List.of(phrase.strip());
        }
        return normaliser.words(phrase).stream().map(Word::text).toList();
    }

    public Normaliser normaliser() {
        return normaliser;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public Decision classify(String text) {
        return classify(normaliser.tokens(text));
    }

    /**
     * The rules' decision on words this classifier's {@link #normaliser()} produced: its {@link Token}s, or its
     * {@code Word}s straight from {@link Normaliser#words} (the service's path, which makes no tokens).
     */
    public Decision classify(List<? extends WordSpan> tokens) {
        List<Rule> rules = ruleSet.rules();
        List<Hit> terms = new ArrayList<>(32);
        List<Hit> contexts = new ArrayList<>(32);
        findHits(tokens, terms, contexts);
        List<List<Hit>> termHits = byRule(withoutContainedTerms(terms), rules.size());
        List<List<Hit>> contextHits = byRule(contexts, rules.size());

        // Several co-occurrence rules share a category: each category's hits are gathered once per post.
        List<List<Hit>> byCategory = java.util.Arrays.asList(new List[Category.values().length]);
        List<MatchedTerm> matches = new ArrayList<>(32);
        List<FiredRule> fired = new ArrayList<>(16);
        double sum = 0;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            List<MatchedTerm> spans = switch (rule.kind()) {
                case PROXIMITY -> nearSpans(rule, tokens, termHits.get(r), contextHits.get(r), rule.window());
                case COOCCURRENCE -> nearSpans(rule, tokens, categoryHits(rule.categories().get(0), termHits, byCategory),
                        categoryHits(rule.categories().get(1), termHits, byCategory),
                        rule.window() == 0 ? Integer.MAX_VALUE : rule.window());
                default -> termSpans(rule, tokens, termHits.get(r));
            };
            if (!spans.isEmpty()) {
                sum += rule.signedWeight();
                for (MatchedTerm span : spans) {
                    matches.add(span); // addAll would copy the spans into an array first
                }
                fired.add(new FiredRule(rule.id(), rule.category(), rule.signedWeight()));
            }
        }
        // Rule by rule, each rule's spans in text order: runs that a binary insertion sort or TimSort's merging
        // put together in fewer comparisons than the plain insertion sort used for the nearly sorted hit lists.
        matches.sort(TEXT_ORDER);
        double score = Math.max(0, Math.round(sum * SCORE_PRECISION) / SCORE_PRECISION);
        return new Decision(ruleSet.thresholds().verdictFor(score), score, matches, ruleSet.id(), ruleSet.version(),
                fired, score, Double.NaN, Decision.NO_MODEL);
    }

    /** Every occurrence of a term and of a context phrase, each ordered by position, longest first at one position. */
    private void findHits(List<? extends WordSpan> tokens, List<Hit> terms, List<Hit> contexts) {
        List<String> keys = new ArrayList<>(tokens.size());
        for (WordSpan token : tokens) {
            keys.add(TokenShape.key(token.text()));
        }
        automaton.find(keys, (phrase, first, last) ->
                (phrase.role() == Role.TERM ? terms : contexts).add(new Hit(phrase, first, last)));
        sort(terms, POSITION_ORDER);
        sort(contexts, POSITION_ORDER);
    }

    /**
     * A term inside a longer term of any rule is explained by the longer one: "thrift" in "thrift shop impor"
     * or "thrifting" in "stop thrifting" must not add its own weight.
     */
    private static List<Hit> withoutContainedTerms(List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        int maxLast = -1;
        int maxLastFirst = -1;
        for (Hit hit : hits) {
            boolean contained = maxLast >= hit.last() && (maxLastFirst < hit.first() || maxLast > hit.last());
            if (!contained) {
                kept.add(hit);
            }
            if (hit.last() > maxLast) {
                maxLast = hit.last();
                maxLastFirst = hit.first();
            }
        }
        return kept;
    }

    private static List<List<Hit>> byRule(List<Hit> hits, int ruleCount) {
        List<List<Hit>> byRule = java.util.Arrays.asList(new List[ruleCount]);
        for (Hit hit : hits) {
            List<Hit> ruleHits = byRule.get(hit.phrase().rule());
            if (ruleHits == null) {
                ruleHits = new ArrayList<>(2);
                byRule.set(hit.phrase().rule(), ruleHits);
            }
            ruleHits.add(hit);
        }
        return byRule;
    }

    /**
     * The term hits of every non-exclusion rule of a category, in position order, or null when there are none;
     * kept in {@code byCategory} for the next rule that asks (only read after that).
     */
    private List<Hit> categoryHits(Category category, List<List<Hit>> termHits, List<List<Hit>> byCategory) {
        List<Hit> hits = byCategory.get(category.ordinal());
        if (hits == null) {
            hits = NO_HITS;
            for (int r : suppliers[category.ordinal()]) {
                if (termHits.get(r) != null) {
                    if (hits == NO_HITS) {
                        hits = new ArrayList<>(16);
                    }
                    for (Hit hit : termHits.get(r)) {
                        hits.add(hit);
                    }
                }
            }
            sort(hits, POSITION_ORDER);
            byCategory.set(category.ordinal(), hits);
        }
        return hits.isEmpty() ? null : hits;
    }

    /**
     * A rule's spans never overlap: hits arrive in position order, longest first, and a hit is kept when it
     * starts at or after the end of the last kept one (the first hit always, since words count from 0).
     */
    private static List<MatchedTerm> termSpans(Rule rule, List<? extends WordSpan> tokens, List<Hit> hits) {
        if (hits == null) {
            return List.of();
        }
        List<MatchedTerm> spans = new ArrayList<>(hits.size());
        int keptEnd = 0;
        for (Hit hit : hits) {
            if (hit.first() < keptEnd) {
                continue;
            }
            keptEnd = hit.last();
            if (spans.size() == MAX_SPANS_PER_RULE) {
                break;
            }
            spans.add(new MatchedTerm(rule.id(), hit.phrase().term(), tokens.get(hit.first()).start(),
                    tokens.get(hit.last() - 1).end(), rule.signedWeight()));
        }
        return spans;
    }

    /** Each kept anchor with the nearest context within the window, as one span covering both. */
    private static List<MatchedTerm> nearSpans(Rule rule, List<? extends WordSpan> tokens, List<Hit> anchors,
            List<Hit> contexts, int window) {
        if (contexts == null || anchors == null) {
            return List.of();
        }
        List<MatchedTerm> spans = null;
        int keptEnd = 0;
        for (Hit anchor : anchors) {
            if (anchor.first() < keptEnd) {
                continue;
            }
            keptEnd = anchor.last();
            if (spans != null && spans.size() == MAX_SPANS_PER_RULE) {
                break;
            }
            Hit nearest = null;
            int best = Integer.MAX_VALUE;
            for (Hit context : contexts) {
                int distance = distance(anchor, context);
                if (distance > 0 && distance <= window && distance < best) {
                    best = distance;
                    nearest = context;
                }
            }
            if (nearest != null) {
                if (spans == null) {
                    spans = new ArrayList<>(4);
                }
                int first = Math.min(anchor.first(), nearest.first());
                int last = Math.max(anchor.last(), nearest.last());
                spans.add(new MatchedTerm(rule.id(), anchor.phrase().term() + " ~ " + nearest.phrase().term(),
                        tokens.get(first).start(), tokens.get(last - 1).end(), rule.signedWeight()));
            }
        }
        return spans == null ? List.of() : spans;
    }

    private static <T> void sort(List<T> list, Comparator<? super T> order) {
        int size = list.size();
        if (size > INSERTION_SORT_MAX) {
            list.sort(order);
            return;
        }
        for (int i = 1; i < size; i++) {
            T item = list.get(i);
            int j = i - 1;
            while (j >= 0 && order.compare(list.get(j), item) > 0) {
                list.set(j + 1, list.get(j));
                j--;
            }
            list.set(j + 1, item);
        }
    }

    /** Words from one hit to the other: 1 when adjacent; 0 or less when they overlap (which does not count). */
    private static int distance(Hit anchor, Hit context) {
        if (context.first() >= anchor.last()) {
            return context.first() - anchor.last() + 1;
        }
        if (context.last() <= anchor.first()) {
            return anchor.first() - context.last() + 1;
        }
        return 0;
    }
}

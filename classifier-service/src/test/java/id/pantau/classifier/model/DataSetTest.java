package id.pantau.classifier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataSetTest {

    private static final Set<String> VIOLATION_CATEGORIES = Set.of("trade-term", "obfuscated", "regional", "euphemism",
            "emoji", "tour");
    private static final Set<String> CLEAR_CATEGORIES = Set.of("news", "campaign", "critique", "own-clothes",
            "donation", "upcycling", "local-brand", "hidden-gem-place", "ball-hay", "frugal", "abroad", "denial");

    private static List<LabelledPost> all() {
        List<LabelledPost> all = new ArrayList<>();
        DataSet.SPLITS.forEach(split -> all.addAll(DataSet.split(split)));
        return all;
    }

    @Test
    void isLargeEnoughAndAboutHalfViolating() {
        List<LabelledPost> all = all();
        assertTrue(all.size() >= 1_400, "posts: " + all.size());
        long violating = all.stream().filter(LabelledPost::violation).count();
        double share = (double) violating / all.size();
        assertTrue(share > 0.42 && share < 0.58, "violating share " + share);
    }

    @Test
    void splitIsAbout70To15To15AndEveryCategoryIsInEverySplit() {
        int total = all().size();
        for (String split : DataSet.SPLITS) {
            List<LabelledPost> posts = DataSet.split(split);
            double share = (double) posts.size() / total;
            double expected = DataSet.TRAIN.equals(split) ? 0.70 : 0.15;
            assertTrue(Math.abs(share - expected) < 0.05, split + " holds " + share);
            Set<String> categories = new HashSet<>();
            posts.forEach(p -> categories.add(p.category()));
            Set<String> every = new HashSet<>(VIOLATION_CATEGORIES);
            every.addAll(CLEAR_CATEGORIES);
            assertEquals(every, categories, split);
        }
    }

    @Test
    void categoriesBelongToOneLabel() {
        for (LabelledPost post : all()) {
            Set<String> expected = post.violation() ? VIOLATION_CATEGORIES : CLEAR_CATEGORIES;
            assertTrue(expected.contains(post.category()), post.id() + " " + post.label() + " " + post.category());
        }
    }

    /** A post (or a template's near-copy) in two splits would let the test split reward memorising. */
    @Test
    void noPostOrTemplateIsInTwoSplits() {
        Map<String, String> splitOfTemplate = new HashMap<>();
        Set<String> ids = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (String split : DataSet.SPLITS) {
            for (LabelledPost post : DataSet.split(split)) {
                assertTrue(ids.add(post.id()), "duplicate id " + post.id());
                assertTrue(words.add(lettersOnly(post.text())), "duplicate text " + post.text());
                String before = splitOfTemplate.putIfAbsent(post.template(), split);
                assertTrue(before == null || before.equals(split), post.template() + " in " + before + " and " + split);
            }
        }
    }

    @Test
    void postsAreSocialMediaLength() {
        for (LabelledPost post : all()) {
            int words = post.text().trim().split("\\s+").length;
            int least = post.handWritten() ? 5 : 8;
            assertTrue(words >= least && words <= 60, post.id() + " has " + words + " words");
        }
    }

    /** The posts written one by one (no template) are many, of both labels, and in every split. */
    @Test
    void handWrittenPostsAreInEverySplit() {
        List<LabelledPost> hand = all().stream().filter(LabelledPost::handWritten).toList();
        assertTrue(hand.size() >= 300, "hand-written posts: " + hand.size());
        long violating = hand.stream().filter(LabelledPost::violation).count();
        assertTrue(violating > 0.4 * hand.size() && violating < 0.6 * hand.size(), "violating " + violating);
        for (String split : DataSet.SPLITS) {
            long inSplit = DataSet.split(split).stream().filter(LabelledPost::handWritten).count();
            double expected = DataSet.TRAIN.equals(split) ? 0.70 : 0.15;
            assertTrue(Math.abs((double) inSplit / hand.size() - expected) < 0.05, split + " holds " + inSplit);
        }
    }

    @Test
    void shippedModelWasTrainedOnThisData() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("model/" + Trainer.CARD_FILE)) {
            ModelCard card = new ObjectMapper().readValue(in, ModelCard.class);
            assertEquals(DataSet.sha256(), card.dataSetSha256());
        }
    }

    private static String lettersOnly(String text) {
        return text.replaceAll("#\\S+", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim().toLowerCase(Locale.ROOT);
    }
}

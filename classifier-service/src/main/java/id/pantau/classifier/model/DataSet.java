package id.pantau.classifier.model;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The project's labelled data set ({@code dataset/*.jsonl}, described in {@code dataset/README.md}), read
 * from the classpath. The split is fixed in the files; nothing here shuffles or re-assigns posts.
 */
public final class DataSet {

    public static final String TRAIN = "train";
    public static final String VALIDATION = "validation";
    public static final String TEST = "test";
    public static final List<String> SPLITS = List.of(TRAIN, VALIDATION, TEST);

    /** The categories whose recall the issue sets a separate target for. */
    public static final Set<String> EVASION_CATEGORIES = Set.of("obfuscated", "regional");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DataSet() {
    }

    public static List<LabelledPost> split(String name) {
        List<LabelledPost> posts = new ArrayList<>();
        String[] lines = new String(read(resource(name)), StandardCharsets.UTF_8).split("\n");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            try {
                LabelledPost post = JSON.readValue(lines[n], LabelledPost.class);
                if (!LabelledPost.VIOLATION.equals(post.label()) && !LabelledPost.CLEAR.equals(post.label())) {
                    throw new IllegalStateException(resource(name) + ":" + (n + 1) + " has label " + post.label());
                }
                posts.add(post);
            } catch (IOException e) {
                throw new IllegalStateException(resource(name) + ":" + (n + 1) + " is not a data set line", e);
            }
        }
        return posts;
    }

    /** SHA-256 over the three split files in order: names the data a model was trained and judged on. */
    public static String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String split : SPLITS) {
                digest.update(read(resource(split)));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String split) {
        return "dataset/" + split + ".jsonl";
    }

    private static byte[] read(String resource) {
        try (InputStream in = DataSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Data set file " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package id.pantau.ingestion.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads platform and external id out of the URL forms people copy from apps and browsers: long, short and
 * mobile links of TikTok, Instagram and Facebook (both {@code meta}), YouTube and X. Query strings
 * (tracking parameters) and trailing slashes are ignored except where the id lives in the query.
 * Short links (vm/vt.tiktok.com, fb.watch) parse to their code; {@code service.ShortLinks} resolves them to the
 * post they redirect to before they are used.
 */
public final class ReportUrls {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,32}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final String SUPPORTED = "TikTok, Instagram, Facebook, YouTube or X";

    private ReportUrls() {
    }

    /** @throws IllegalArgumentException with a message for the reporter when the URL names no single post */
    public static boolean isShortLink(String url) {
        try {
            String host = uri(url).getHost().toLowerCase(Locale.ROOT);
            return host.equals("vm.tiktok.com") || host.equals("vt.tiktok.com") || host.equals("fb.watch");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static ReportedUrl parse(String url) {
        URI uri = uri(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        List<String> path = Arrays.stream(Optional.ofNullable(uri.getPath()).orElse("").split("/"))
                .filter(s -> !s.isEmpty()).toList();
        String query = uri.getRawQuery();
        Optional<ReportedUrl> found = switch (host) {
            case "tiktok.com", "www.tiktok.com", "m.tiktok.com" -> tiktok(path);
            case "vm.tiktok.com", "vt.tiktok.com" -> only(path, CODE).map(id -> new ReportedUrl("tiktok", id));
            case "instagram.com", "www.instagram.com", "m.instagram.com" -> instagram(path);
            case "facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com", "mbasic.facebook.com" ->
                    facebook(path, query);
            case "fb.watch" -> only(path, CODE).map(id -> new ReportedUrl("meta", id));
            case "youtube.com", "www.youtube.com", "m.youtube.com", "music.youtube.com" -> youtube(path, query);
            case "youtu.be" -> only(path, YOUTUBE_ID).map(id -> new ReportedUrl("youtube", id));
            case "x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com" ->
                    x(path);
            default -> throw new IllegalArgumentException("Only " + SUPPORTED + " links can be reported; "
                    + host + " is not one of them.");
        };
        return found.orElseThrow(() -> new IllegalArgumentException(
                "This " + host + " link does not point to a single post or video."));
    }

    private static URI uri(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Refused below with the same message.
        }
        throw new IllegalArgumentException("The url must be an absolute http or https link to a " + SUPPORTED + " post.");
    }

    // /@user/video/ID, /@user/photo/ID, /v/ID.html
    private static Optional<ReportedUrl> tiktok(List<String> path) {
        if (path.size() == 3 && path.get(0).startsWith("@") && List.of("video", "photo").contains(path.get(1))) {
            return matching(path.get(2), DIGITS).map(id -> new ReportedUrl("tiktok", id));
        }
        if (path.size() == 2 && path.get(0).equals("v") && path.get(1).endsWith(".html")) {
            return matching(path.get(1).substring(0, path.get(1).length() - ".html".length()), DIGITS)
                    .map(id -> new ReportedUrl("tiktok", id));
        }
        return Optional.empty();
    }

    // /p/ID, /reel/ID, /reels/ID, /tv/ID, also behind a /user/ prefix
    private static Optional<ReportedUrl> instagram(List<String> path) {
        for (int i = 0; i + 1 < path.size() && i < 2; i++) {
            if (List.of("p", "reel", "reels", "tv").contains(path.get(i)) && path.size() == i + 2) {
                return matching(path.get(i + 1), CODE).map(id -> new ReportedUrl("meta", id));
            }
        }
        return Optional.empty();
    }

    // /USER/posts/ID, /USER/videos/ID, /watch?v=ID, /reel/ID, /story.php?story_fbid=ID, /permalink.php?story_fbid=ID
    private static Optional<ReportedUrl> facebook(List<String> path, String query) {
        Optional<String> id = Optional.empty();
        if (path.size() == 3 && List.of("posts", "videos").contains(path.get(1))) {
            id = matching(path.get(2), CODE);
        } else if (path.size() == 2 && path.get(0).equals("reel")) {
            id = matching(path.get(1), DIGITS);
        } else if (path.equals(List.of("watch"))) {
            id = parameter(query, "v").flatMap(v -> matching(v, DIGITS));
        } else if (path.equals(List.of("story.php")) || path.equals(List.of("permalink.php"))) {
            id = parameter(query, "story_fbid").flatMap(v -> matching(v, CODE));
        }
        return id.map(value -> new ReportedUrl("meta", value));
    }

    // /watch?v=ID, /shorts/ID, /live/ID, /embed/ID
    private static Optional<ReportedUrl> youtube(List<String> path, String query) {
        Optional<String> id = Optional.empty();
        if (path.equals(List.of("watch"))) {
            id = parameter(query, "v").flatMap(v -> matching(v, YOUTUBE_ID));
        } else if (path.size() == 2 && List.of("shorts", "live", "embed").contains(path.get(0))) {
            id = matching(path.get(1), YOUTUBE_ID);
        }
        return id.map(value -> new ReportedUrl("youtube", value));
    }

    // /USER/status/ID (optionally /photo/1 or /video/1 after it), /i/web/status/ID
    private static Optional<ReportedUrl> x(List<String> path) {
        int status = path.indexOf("status");
        if (status < 1 || status + 1 >= path.size() || path.size() > status + 4) {
            return Optional.empty();
        }
        return matching(path.get(status + 1), DIGITS).map(id -> new ReportedUrl("x", id));
    }

    private static Optional<String> only(List<String> path, Pattern pattern) {
        return path.size() == 1 ? matching(path.getFirst(), pattern) : Optional.empty();
    }

    private static Optional<String> matching(String value, Pattern pattern) {
        return pattern.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    private static Optional<String> parameter(String rawQuery, String name) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> pair.startsWith(name + "="))
                .map(pair -> pair.substring(name.length() + 1))
                .findFirst();
    }
}

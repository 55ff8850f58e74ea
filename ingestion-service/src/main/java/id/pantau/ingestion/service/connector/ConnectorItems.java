package id.pantau.ingestion.service.connector;

import static id.pantau.ingestion.domain.ContentRules.MAX_HASHTAGS;
import static id.pantau.ingestion.domain.ContentRules.MAX_HASHTAG_CHARACTERS;
import static id.pantau.ingestion.domain.ContentRules.MAX_ID_LENGTH;
import static id.pantau.ingestion.domain.ContentRules.MAX_TEXT_BYTES;

import com.fasterxml.jackson.databind.JsonNode;
import id.pantau.events.ContentTexts;
import id.pantau.ingestion.domain.ContentRules;
import java.util.ArrayList;
import java.util.List;

/** Reading platform JSON into the content model's limits. */
final class ConnectorItems {

    private ConnectorItems() {
    }

    /** A text field, or null when absent or blank. */
    static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        String value = ContentRules.fit(node.asText(), MAX_TEXT_BYTES);
        return value.isBlank() ? null : value;
    }

    static String id(JsonNode node) {
        String value = text(node);
        return value == null || value.length() > MAX_ID_LENGTH ? null : value;
    }

    /** A count; platforms send numbers (TikTok) or numeric strings (YouTube). */
    static Long count(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.canConvertToLong() && node.asLong() >= 0) {
            return node.asLong();
        }
        if (node.isTextual()) {
            try {
                long value = Long.parseLong(node.asText());
                return value >= 0 ? value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static List<String> hashtags(JsonNode array) {
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : array) {
            String value = text(tag);
            if (value != null && tags.size() < MAX_HASHTAGS) {
                tags.add(value.codePointCount(0, value.length()) <= MAX_HASHTAG_CHARACTERS ? value
                        : value.substring(0, value.offsetByCodePoints(0, MAX_HASHTAG_CHARACTERS)));
            }
        }
        return tags.isEmpty() ? null : tags;
    }

    static ContentTexts texts(String caption, List<String> hashtags, String title, String transcript) {
        if (caption == null && hashtags == null && title == null && transcript == null) {
            return null;
        }
        return new ContentTexts(caption, hashtags, title, transcript, null);
    }
}

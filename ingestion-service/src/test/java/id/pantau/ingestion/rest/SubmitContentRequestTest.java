package id.pantau.ingestion.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The validation rules of a submission, without HTTP. */
class SubmitContentRequestTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    private static SubmitContentRequest valid() {
        return new SubmitContentRequest("tiktok", "7212345678901234567", "https://www.tiktok.com/@a/video/1",
                "author-1", "@a", "Bongkar bal thrift", Instant.parse("2024-03-01T10:15:30Z"));
    }

    private static List<String> invalidFields(SubmitContentRequest request) {
        return validator.validate(request).stream().map(v -> v.getPropertyPath().toString()).toList();
    }

    @Test
    void aCompleteRequestIsValid() {
        assertThat(invalidFields(valid()), empty());
    }

    @Test
    void onlyAuthorHandleAndPostedAtAreOptional() {
        assertThat(invalidFields(new SubmitContentRequest("tiktok", "1", "https://t.co/1", "a", null, "t", null)), empty());
        assertThat(invalidFields(new SubmitContentRequest(null, null, null, null, null, null, null)),
                containsInAnyOrder("platform", "externalId", "url", "authorId", "text"));
    }

    @Test
    void platformMustBeKnownAndTheMessageListsTheKnownOnes() {
        var request = new SubmitContentRequest("friendster", "1", "https://t.co/1", "a", null, "t", null);
        List<String> messages = validator.validate(request).stream().map(ConstraintViolation::getMessage).toList();
        assertThat(messages, containsInAnyOrder(
                startsWith("unknown platform; known platforms are: meta, shopee, tiktok, tokopedia, x, youtube")));
    }

    @Test
    void lengthLimitsAreInclusive() {
        String id256 = "i".repeat(256);
        String url2048 = "https://www.tiktok.com/" + "u".repeat(2048 - 23);
        var atLimits = new SubmitContentRequest("x", id256, url2048, id256, id256, "t".repeat(65_536), null);
        assertThat(invalidFields(atLimits), empty());

        var overLimits = new SubmitContentRequest("x", id256 + "i", url2048 + "u", id256 + "i", id256 + "i",
                "t".repeat(65_537), null);
        assertThat(invalidFields(overLimits),
                containsInAnyOrder("externalId", "url", "authorId", "authorHandle", "text"));
    }

    @Test
    void blankIdentifiersAndTextAreRefused() {
        var blank = new SubmitContentRequest("meta", " ", "https://t.co/1", "\t", null, "\n ", null);
        assertThat(invalidFields(blank), containsInAnyOrder("externalId", "authorId", "text"));
    }

    @Test
    void theNulCharacterIsRefusedWhereverItWouldBeStored() {
        var withNul = new SubmitContentRequest("meta", "a\u0000", "https://t.co/1", "b\u0000", "c\u0000", "d\u0000", null);
        assertThat(invalidFields(withNul), containsInAnyOrder("externalId", "authorId", "authorHandle", "text"));
    }

    @Test
    void urlMustBeAnAbsoluteWebUrl() {
        var ftp = new SubmitContentRequest("meta", "1", "ftp://t.co/1", "a", null, "t", null);
        assertThat(invalidFields(ftp), containsInAnyOrder("url"));
    }
}

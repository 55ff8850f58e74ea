package id.pantau.ingestion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
        // TikTok: long, with tracking parameters, trailing slash, mobile, short links
        "https://www.tiktok.com/@thrift.bdg/video/7212345678901234567 tiktok 7212345678901234567",
        "https://www.tiktok.com/@thrift.bdg/video/7212345678901234567?is_from_webapp=1&sender_device=pc tiktok 7212345678901234567",
        "https://tiktok.com/@thrift.bdg/video/7212345678901234567/ tiktok 7212345678901234567",
        "http://WWW.TIKTOK.COM/@Thrift.Bdg/video/7212345678901234567 tiktok 7212345678901234567",
        "https://m.tiktok.com/v/7212345678901234567.html tiktok 7212345678901234567",
        "https://m.tiktok.com/v/7212345678901234567.html?_d=secCgYIASAHKAESPgo8&language=id tiktok 7212345678901234567",
        "https://vm.tiktok.com/ZSLq2xHgB/ tiktok ZSLq2xHgB",
        "https://vt.tiktok.com/ZSYk7uF3p tiktok ZSYk7uF3p",
        // Instagram
        "https://www.instagram.com/p/C4xYzAbCdEf/ meta C4xYzAbCdEf",
        "https://instagram.com/p/C4xYzAbCdEf/?igsh=MWd6ZnJ1eGVmcHo= meta C4xYzAbCdEf",
        "https://www.instagram.com/reel/C5AbC_d-EfG/?utm_source=ig_web_copy_link meta C5AbC_d-EfG",
        "https://www.instagram.com/tv/CHqWerTyUiO meta CHqWerTyUiO",
        "https://www.instagram.com/thrift.bdg/p/C4xYzAbCdEf/ meta C4xYzAbCdEf",
        // Facebook
        "https://www.facebook.com/thriftbandung/posts/1234567890123456 meta 1234567890123456",
        "https://www.facebook.com/thriftbandung/posts/pfbid02abcDEF123/?mibextid=Nif5oz meta pfbid02abcDEF123",
        "https://www.facebook.com/watch?v=987654321098765 meta 987654321098765",
        "https://www.facebook.com/watch/?v=987654321098765&ref=sharing meta 987654321098765",
        "https://www.facebook.com/reel/1122334455667788/ meta 1122334455667788",
        "https://fb.watch/qRsTuV12_a/ meta qRsTuV12_a",
        "https://m.facebook.com/story.php?story_fbid=5566778899&id=100012345678 meta 5566778899",
        "https://m.facebook.com/story.php?id=100012345678&story_fbid=5566778899 meta 5566778899",
        // YouTube
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ youtube dQw4w9WgXcQ",
        "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s youtube dQw4w9WgXcQ",
        "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGhIjKlMnOp youtube dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/aBcDeFgHiJk/ youtube aBcDeFgHiJk",
        "https://m.youtube.com/watch?v=dQw4w9WgXcQ&pp=ygUFdGhyaWZ0 youtube dQw4w9WgXcQ",
        "https://youtube.com/shorts/aBcDeFgHiJk?feature=share youtube aBcDeFgHiJk",
        // X
        "https://x.com/thriftbdg/status/1765432109876543210 x 1765432109876543210",
        "https://x.com/thriftbdg/status/1765432109876543210?s=46&t=AbCdEf x 1765432109876543210",
        "https://twitter.com/thriftbdg/status/1765432109876543210/ x 1765432109876543210",
        "https://mobile.twitter.com/thriftbdg/status/1765432109876543210 x 1765432109876543210",
        "https://www.twitter.com/thriftbdg/status/1765432109876543210/photo/1 x 1765432109876543210",
    })
    void readsPlatformAndExternalId(String url, String platform, String externalId) {
        assertEquals(new ReportedUrl(platform, externalId), ReportUrls.parse(url));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "not a url",
        "www.tiktok.com/@thrift.bdg/video/7212345678901234567",
        "ftp://www.tiktok.com/@thrift.bdg/video/7212345678901234567",
        "https://www.example.com/video/123",
        "https://tokopedia.com/thriftbdg/kemeja-flanel",
        "https://www.tiktok.com/@thrift.bdg",
        "https://www.tiktok.com/@thrift.bdg/video/notanumber",
        "https://www.instagram.com/thrift.bdg/",
        "https://www.facebook.com/thriftbandung",
        "https://www.facebook.com/watch?x=1",
        "https://www.youtube.com/watch?v=short",
        "https://www.youtube.com/@thriftchannel",
        "https://x.com/thriftbdg",
        "https://x.com/thriftbdg/status/abc",
        "https://evil-tiktok.com/@a/video/7212345678901234567",
        "https://tiktok.com.evil.example/@a/video/7212345678901234567",
    })
    void refusesAnythingElse(String url) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportUrls.parse(url));
        org.hamcrest.MatcherAssert.assertThat(e.getMessage(), org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyOrNullString()));
    }
}

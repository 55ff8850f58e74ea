package id.pantau.ingestion.rest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Test
    void linesSplitAcrossChunksAreJoinedAndNumbered() {
        LineSplitter splitter = new LineSplitter(100);
        List<LineSplitter.Line> lines = new ArrayList<>();
        lines.addAll(splitter.feed("{\"a\":1}\n{\"b\"".getBytes(UTF_8)));
        lines.addAll(splitter.feed(":2}\r\n\n{\"c\":3}".getBytes(UTF_8)));
        lines.addAll(splitter.finish());
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(LineSplitter.Line::number).toList());
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}", "", "{\"c\":3}"),
                lines.stream().map(l -> new String(l.bytes(), UTF_8)).toList());
    }

    @Test
    void aTrailingNewlineEndsTheLastLine() {
        LineSplitter splitter = new LineSplitter(100);
        assertEquals(1, splitter.feed("{}\n".getBytes(UTF_8)).size());
        assertEquals(List.of(), splitter.finish());
    }

    @Test
    void aMultiByteCharacterSplitBetweenChunksSurvives() {
        byte[] emoji = "😀\n".getBytes(UTF_8);
        LineSplitter splitter = new LineSplitter(100);
        assertEquals(List.of(), splitter.feed(new byte[] {emoji[0], emoji[1]}));
        List<LineSplitter.Line> lines = splitter.feed(new byte[] {emoji[2], emoji[3], emoji[4]});
        assertArrayEquals("😀".getBytes(UTF_8), lines.getFirst().bytes());
    }

    @Test
    void aTooLongLineIsDroppedAndTheNextOneIsRead() {
        LineSplitter splitter = new LineSplitter(10);
        List<LineSplitter.Line> lines = new ArrayList<>();
        lines.addAll(splitter.feed("0123456789abc".getBytes(UTF_8)));
        lines.addAll(splitter.feed("def\nok\n".getBytes(UTF_8)));
        lines.addAll(splitter.feed("0123456789X".getBytes(UTF_8)));
        lines.addAll(splitter.finish());
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).tooLong());
        assertEquals("ok", new String(lines.get(1).bytes(), UTF_8));
        assertEquals(2, lines.get(1).number());
        assertTrue(lines.get(2).tooLong());
    }
}

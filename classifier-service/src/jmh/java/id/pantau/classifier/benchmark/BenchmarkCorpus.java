package id.pantau.classifier.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * About a thousand realistic posts of 20-40 words, built deterministically (fixed seed) from sentences of
 * the classifier's test table: promotions, evasions, regional names, news, campaigns and look-alikes, with
 * the variations sellers use (leetspeak, split and stretched letters, shouting, emoji, hashtags, zero-width
 * characters).
 */
final class BenchmarkCorpus {

    private static final String[] SENTENCES = {
            "Bongkar bal impor Korea hari ini! Thrifting murah mulai 10rb",
            "hidden gem thrift jaket vintage di Pasar Senen, yg mau langsung dateng aja kak",
            "Open PO #bongkarbal hari Sabtu, live jam 8 malam, siapin keranjang kuning ya",
            "Ready BALLPRESS Korea grade A, hubungi WA 0812xxxx untuk harga grosir",
            "Jual pakaian bekas impor murah, kualitas masih bagus, bisa COD area Jakarta",
            "LIVE pecah bal jaket Jepang 🔥🔥 #thrifting #bajubekasimpor",
            "Nemu hidden gem di Pasar Senen, jaketnya cuma 20rb! Worth it banget",
            "Baju cakar murah meriah, bisa COD Makassar, chat admin aja",
            "Awul-awul Sukawati buka lagi, jaket cuma 25rb, buruan sebelum habis",
            "Kaos karungan dijual per kilo, chat admin untuk daftar harga",
            "Razia pakaian bekas impor di Bandung, 500 bal dimusnahkan petugas",
            "Bea Cukai menyita 1.200 bal pakaian bekas impor ilegal di Batam",
            "Kemendag tegaskan larangan impor baju bekas tetap berlaku tahun ini",
            "Stop thrifting! Bangga buatan Indonesia, lindungi UMKM kita bersama",
            "Main bola di lapangan sore ini, siapa yang ikut? Bawa minum sendiri",
            "hidden gem cafe di Bogor, kopinya enak dan tempatnya adem banget",
            "Preloved baju anak, pemakaian pribadi, masih bagus, harga nego",
            "Jual 20 bal jerami kering untuk pakan sapi, kirim ke seluruh Jawa Timur",
            "Liburan ke Tokyo kemarin mampir thrift shop, seru bgt lihat koleksinya",
            "Hidup thrifty: tips hemat ala anak kos, masak sendiri dan menabung",
            "Cimol pedas enak di depan sekolah, jajanan favorit anak-anak",
            "Baju Batam grade kepala, bisa COD, stok terbatas gan",
            "Kiriman kapal baru sandar, jaket tebal 40rb, hoodie 35rb",
            "Monza Medan: hoodie 35rb, sweater 40rb, dijamin bersih dan wangi",
            "Donasi pakaian layak pakai untuk korban banjir, kirim ke posko kami",
            "Upcycle jeans lama jadi tas keren, tutorial lengkap di channel kami",
            "Brand lokal Bandung rilis koleksi baru, jahitan rapi harga bersahabat",
            "Gak nyangka dapet kemeja flanel bagus bgt dr pasar, mantap",
    };

    private static final String[] EMOJI = {"🔥", "😍", "👕", "💯", "✨", "🛍️"};

    private BenchmarkCorpus() {
    }

    static List<String> generate(int size, long seed) {
        Random random = new Random(seed);
        List<String> posts = new ArrayList<>(size);
        while (posts.size() < size) {
            StringBuilder post = new StringBuilder();
            int words = 0;
            int target = 20 + random.nextInt(21);
            while (words < target) {
                String sentence = SENTENCES[random.nextInt(SENTENCES.length)];
                post.append(post.isEmpty() ? "" : " ").append(vary(sentence, random));
                words += sentence.split("\\s+").length;
            }
            posts.add(post.toString());
        }
        return posts;
    }

    private static String vary(String sentence, Random random) {
        String[] words = sentence.split(" ");
        int i = random.nextInt(words.length);
        words[i] = switch (random.nextInt(9)) {
            case 0 -> words[i].replace('a', '4').replace('e', '3').replace('i', '!').replace('o', '0');
            case 1 -> String.join("-", words[i].split(""));
            case 2 -> words[i] + words[i].substring(words[i].length() - 1).repeat(3);
            case 3 -> words[i].toUpperCase(Locale.ROOT);
            case 4 -> words[i] + " " + EMOJI[random.nextInt(EMOJI.length)];
            case 5 -> "#" + words[i] + (i + 1 < words.length ? words[i + 1] : "");
            case 6 -> words[i].length() > 2 ? words[i].charAt(0) + "\u200B" + words[i].substring(1) : words[i];
            default -> words[i];
        };
        return String.join(" ", words);
    }
}

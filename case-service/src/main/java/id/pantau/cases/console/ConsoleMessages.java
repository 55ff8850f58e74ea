package id.pantau.cases.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words. Bahasa Indonesia is the bundle's own language (the ministry works in it); English
 * lives in {@code messages/msg_en.properties} and is chosen by the language switch.
 */
@MessageBundle(value = "msg", locale = "id")
public interface ConsoleMessages {

    @Message("Konsol Kementerian Pantau")
    String app_title();

    @Message("Lewati ke konten utama")
    String skip_to_content();

    @Message("Antrean tinjauan")
    String nav_queue();

    @Message("Dasbor kepatuhan")
    String nav_dashboard();

    @Message("Set aturan")
    String nav_rules();

    @Message("Keluar")
    String sign_out();

    @Message("Masuk sebagai {name} ({roles})")
    String signed_in_as(String name, String roles);

    @Message("Bahasa")
    String language();

    @Message("Anda telah keluar.")
    String signed_out();

    @Message("Masuk kembali")
    String sign_in_again();

    @Message("Kasus terbuka")
    String queue_title();

    @Message("Filter")
    String filters();

    @Message("Platform")
    String platform();

    @Message("Semua")
    String all();

    @Message("Prioritas")
    String priority();

    @Message("Skor minimum")
    String min_score();

    @Message("Urutkan")
    String sort();

    @Message("Terbaru dulu")
    String sort_newest();

    @Message("Terlama dulu")
    String sort_oldest();

    @Message("Skor tertinggi")
    String sort_score();

    @Message("Terapkan")
    String apply();

    @Message("Pilih")
    String select();

    @Message("Skor")
    String score();

    @Message("Akun")
    String account();

    @Message("Umur")
    String age();

    @Message("Kasus")
    String case_label();

    @Message("Halaman berikutnya")
    String next_page();

    @Message("Kembali ke awal")
    String first_page();

    @Message("Tidak ada kasus terbuka yang cocok.")
    String queue_empty();

    @Message("Tindakan massal untuk kasus terpilih")
    String bulk_title();

    @Message("Tindakan")
    String action();

    @Message("Usulkan penurunan")
    String action_propose();

    @Message("Tolak (positif palsu)")
    String action_dismiss();

    @Message("Setujui")
    String action_approve();

    @Message("Kembalikan ke analis")
    String action_send_back();

    @Message("Klarifikasi dan kirim ulang")
    String action_clarify();

    @Message("Tarik pemberitahuan")
    String action_withdraw();

    @Message("Tutup kasus")
    String action_close();

    @Message("Dasar hukum")
    String legal_basis();

    @Message("Alasan")
    String reason();

    @Message("Jalankan")
    String run();

    @Message("Hasil tindakan massal")
    String bulk_results();

    @Message("Berhasil")
    String ok();

    @Message("Gagal")
    String failed();

    @Message("Status")
    String state();

    @Message("Bukti")
    String evidence();

    @Message("Bagian teks yang cocok dengan aturan ditandai.")
    String evidence_hint();

    @Message("Versi set aturan")
    String rule_set_version();

    @Message("Aturan yang cocok")
    String matched_rules();

    @Message("Jejak audit")
    String audit_trail();

    @Message("Waktu")
    String time();

    @Message("Pelaku")
    String actor();

    @Message("Dari")
    String from();

    @Message("Ke")
    String to();

    @Message("Pemberitahuan")
    String notice();

    @Message("Belum ada pemberitahuan.")
    String no_notice();

    @Message("Tenggat")
    String deadline();

    @Message("Pengiriman")
    String delivery();

    @Message("Tindakan platform")
    String platform_action();

    @Message("Tindakan yang dapat Anda ambil")
    String your_actions();

    @Message("Tidak ada tindakan untuk peran Anda pada status ini.")
    String no_actions();

    @Message("Diusulkan oleh")
    String proposed_by();

    @Message("Disetujui oleh")
    String approved_by();

    @Message("Permintaan ditolak")
    String error_title();

    @Message("Kembali")
    String back();

    @Message("Per platform: kasus per status, kepatuhan SLA, median waktu pemberitahuan sampai tindakan, umur antrean.")
    String dashboard_intro();

    @Message("Kasus per status")
    String cases_by_state();

    @Message("Kepatuhan SLA")
    String sla_compliance();

    @Message("{met} dari {due} pemberitahuan ditindak sebelum tenggat")
    String sla_detail(long met, long due);

    @Message("Median pemberitahuan → tindakan")
    String median_notice_to_action();

    @Message("Umur antrean (kasus terbuka tertua)")
    String backlog_age();

    @Message("jam")
    String hours();

    @Message("Belum ada data.")
    String no_data();

    @Message("Set aturan aktif")
    String rules_title();

    @Message("Uji klasifikasi")
    String playground();

    @Message("Teks untuk diklasifikasikan")
    String text_to_classify();

    @Message("Klasifikasikan")
    String classify();

    @Message("Putusan")
    String verdict();

    @Message("Istilah")
    String term();

    @Message("Bobot")
    String weight();
}

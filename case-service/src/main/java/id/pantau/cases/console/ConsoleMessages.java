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

    @Message("Per platform: kasus per status, kepatuhan SLA (total dan per minggu), median waktu pemberitahuan sampai tindakan, umur antrean, alasan bantahan.")
    String dashboard_intro();

    @Message("Kasus per status")
    String cases_by_state();

    @Message("Kepatuhan SLA")
    String sla_compliance();

    @Message("{met} dari {decided} pemberitahuan yang sudah diputus ditindak sebelum tenggat")
    String sla_detail(long met, long decided);

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

    @Message("ID akun")
    String account_id();

    @Message("ID aturan")
    String rule_id();

    @Message("Cari (teks, URL, akun)")
    String search();

    @Message("Jangkauan")
    String reach();

    @Message("Urutan: URGENT dulu, lalu skor, jangkauan dan umur tertinggi.")
    String queue_order();

    @Message("Urutkan")
    String sort();

    @Message("Prioritas (URGENT, skor, jangkauan, umur)")
    String sort_priority();

    @Message("Terbaru dulu")
    String sort_newest();

    @Message("Terlama dulu")
    String sort_oldest();

    @Message("Skor tertinggi")
    String sort_score();

    @Message("Jangkauan terbesar")
    String sort_reach();

    @Message("{count} kasus; median umur {median} jam")
    String backlog_detail(long count, String median);

    @Message("({count} pemberitahuan ditindak)")
    String actioned_count(long count);

    @Message("Kirim ulang pemberitahuan")
    String action_resend();

    @Message("Kirim surat peringatan")
    String action_warning_letter();

    @Message("Buka kembali kasus")
    String action_reopen();

    @Message("Akun dan riwayatnya")
    String account_history();

    @Message("{cases} kasus, {counted} tidak ditolak")
    String account_counts(long cases, long counted);

    @Message("Pelanggar berulang (ambang {threshold})")
    String repeat_offender(int threshold);

    @Message("Akun ini tidak punya kasus lain.")
    String no_other_cases();

    @Message("Kasus lain dari akun ini")
    String other_cases();

    @Message("Pratinjau pemberitahuan (teks yang diterima platform)")
    String notice_preview();

    @Message("Jawaban platform")
    String platform_answers();

    @Message("Diterima")
    String acknowledged();

    @Message("Dibantah")
    String contested();

    @Message("Tidak ada banding.")
    String no_appeals();

    @Message("Banding")
    String appeals();

    @Message("Referensi")
    String reference();

    @Message("Teks")
    String text();

    @Message("Upaya pengiriman")
    String delivery_attempts();

    @Message("Belum ada upaya pengiriman.")
    String no_attempts();

    @Message("Status")
    String status();

    @Message("Saluran")
    String channel();

    @Message("Keterangan")
    String detail();

    @Message("Audit dan laporan")
    String nav_audit();

    @Message("Laporan transparansi bulanan")
    String transparency_report();

    @Message("Per platform: pemberitahuan terkirim, ditindak, dibantah, dieskalasi dan median jam sampai tindakan (UTC).")
    String transparency_hint();

    @Message("Bulan")
    String month();

    @Message("Format")
    String format();

    @Message("Unduh")
    String download();

    @Message("Verifikasi rantai audit")
    String audit_verification();

    @Message("Menghitung ulang hash setiap entri setiap kasus, seperti GET /api/v1/audit/verify.")
    String audit_verification_hint();

    @Message("Verifikasi sekarang")
    String verify_now();

    @Message("Hasil")
    String result();

    @Message("Utuh: tidak ada entri yang diubah atau hilang")
    String chain_intact();

    @Message("Rusak")
    String chain_broken();

    @Message("Kasus diperiksa")
    String cases_checked();

    @Message("Entri diperiksa")
    String entries_checked();

    @Message("Entri rusak pertama")
    String first_broken();

    @Message("Set aturan")
    String rule_set();

    @Message("Dibuat oleh")
    String created_by();

    @Message("Diaktifkan oleh")
    String activated_by();

    @Message("Evaluasi versi ini")
    String evaluate();

    @Message("Teks berlabel (JSON Lines)")
    String evaluation_items();

    @Message("Satu objek JSON per baris dengan text dan label (VIOLATION atau CLEAR), misalnya: \"text\": \"bongkar bal\", \"label\": \"VIOLATION\". Tidak ada yang disimpan.")
    String evaluation_hint();

    @Message("Laporan evaluasi")
    String evaluation_report();

    @Message("Jumlah teks")
    String items();

    @Message("Matriks kebingungan (baris: label, kolom: putusan)")
    String confusion_matrix();

    @Message("Label / putusan")
    String label_verdict();

    @Message("Salah klasifikasi")
    String misclassified();

    @Message("Label")
    String label();

    @Message("Aktifkan")
    String activate();

    @Message("Setelah membaca laporan ini: mengaktifkan versi ini menggantikan versi yang berlaku (kembalikan dengan mengaktifkan versi lama).")
    String activate_hint();

    @Message("Perbedaan set aturan")
    String rule_set_diff();

    @Message("Kedua versi sama.")
    String no_difference();

    @Message("Ambang batas")
    String thresholds();

    @Message("Bidang")
    String field();

    @Message("Aturan ditambahkan")
    String rules_added();

    @Message("Aturan dihapus")
    String rules_removed();

    @Message("Aturan diubah")
    String rules_changed();

    @Message("Versi")
    String versions();

    @Message("Versi")
    String version();

    @Message("Bandingkan dari")
    String compare_from();

    @Message("dengan")
    String compare_to();

    @Message("Bandingkan")
    String compare();

    @Message("Kepatuhan SLA per minggu (8 minggu terakhir, minggu terbitnya pemberitahuan)")
    String sla_by_week();

    @Message("Minggu mulai")
    String week_of();

    @Message("Tepat waktu / diputus")
    String met_decided();

    @Message("Alasan bantahan")
    String contested_reasons();
}

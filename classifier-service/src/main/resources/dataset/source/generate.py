#!/usr/bin/env python3
"""Writes the labelled data set (all.jsonl, train/validation/test.jsonl) from the hand-written templates below.

Every template is a post written by hand for Pantau; the slots ({city}, {price}, {item}, the obfuscated
spellings...) vary the details so that one template gives several different posts. The split is by
TEMPLATE (grouped), stratified by label and category: no template has posts in two splits, so the test
split measures wording the model has not seen. Deterministic: python3 generate.py (seed below).
Run it only to change the data set; the committed files are the data set of record.
"""
import hashlib
import json
import random
import re
from pathlib import Path

SEED = 20261129
rng = random.Random(SEED)
OUT = Path(__file__).resolve().parent.parent

CITIES = ["Medan", "Pekanbaru", "Bandung", "Jakarta", "Surabaya", "Makassar", "Pontianak", "Samarinda", "Denpasar",
          "Mataram", "Jogja", "Solo", "Semarang", "Malang", "Palembang", "Batam", "Padang", "Bekasi", "Depok", "Bogor",
          "Tangerang", "Banjarmasin", "Manado", "Kupang", "Jambi", "Lampung", "Balikpapan", "Cirebon", "Tasik",
          "Purwokerto", "Kediri", "Jember", "Pangkalpinang", "Tanjungpinang", "Ambon", "Kendari", "Palu", "Garut"]
PRICES = ["35k", "45rb", "60rb", "25ribu", "Rp50.000", "50k-an", "3 pcs 100k", "10rb", "15k", "40 rebu",
          "75k", "20rb an", "Rp35rb", "99k", "30k", "55rb", "5 pcs 150rb", "15rb", "25k", "12rb", "65 ribu",
          "Rp 40rb", "80k", "2 pcs 50k", "35 ribuan"]
ITEMS = ["jaket denim", "hoodie", "kemeja flanel", "kaos band", "celana cargo", "sweater", "jaket kulit",
         "windbreaker", "jersey bola", "rok plisket", "dress", "blazer", "cardigan", "kemeja hawaii", "varsity jacket",
         "celana jeans", "coach jacket", "parka", "crewneck", "jaket bomber", "kemeja batik", "tas", "sepatu",
         "kaos polos", "jaket parasut", "celana chino", "outer", "vest rajut", "trucker jacket", "kaos vintage"]
ORIGINS = ["Korea", "Jepang", "Japan", "Taiwan", "US", "Eropa", "Amrik", "China", "Thailand", "Singapore",
           "Hongkong", "UK", "Kanada", "Australia"]
BRANDS_FOREIGN = ["Levis", "Uniqlo", "North Face", "Carhartt", "Champion", "Nike", "Adidas", "Polo", "Tommy",
                  "Dickies", "Columbia", "Patagonia", "Zara", "H&M", "Stussy", "GAP"]
BRANDS_LOCAL = ["Erigo", "Roughneck", "Brodo", "Sejauh Mata Memandang", "Eiger", "Compass", "Thanksinsomnia",
                "Kanaya", "Cottonink", "Elhaus", "Lawless", "Kasual", "Nama Nusa", "Toska Denim", "Batik Kayu"]
CONTACTS = ["DM aja kak", "WA 0812-6633-1029", "cek ig @gudangjaket.mdn", "klik link di bio", "chat admin ya",
            "order lewat live jam 8", "langsung ke toko aja", "wa.me/6281377120045", "hubungi 0857 1122 3344",
            "DM for price", "slot order via WA", "cus DM", "japri aja gan", "cek sorotan ig", "langsung checkout di bio",
            "chat min", "WA di bio", "inbox ya"]
SHOPS = ["@thriftbyraka", "@lapak_ucup", "@jaketgudang.id", "@wardrobe.tua", "@kotakbaju.pku", "@bajuborong_mks",
         "@sisakoleksi", "@lemarinenek", "@rakjaket", "@denimpasar", "@goni.store", "@karungberkah"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "malam ini", "besok pagi", "hari ini",
        "weekend ini", "nanti sore"]
TIMES = ["jam 7 malam", "jam 19.00", "jam 8 WIB", "pukul 10 pagi", "habis isya", "jam 4 sore", "jam 9"]
SIZES = ["M", "L", "XL", "all size", "S-XL", "XXL", "fit L"]
EMO_V = ["🔥🔥", "🛍️", "📦🔥", "✨", "😍", "💥", "👕👖", "🧥🔥", "🚚💨", "🤑", "⚡", "🙌"]
EMO_C = ["🙏", "😊", "👍", "🌱", "♻️", "🇮🇩", "💪", "😂", "🤔", "☕", "📰", "❤️"]
TAGS_V = ["#thrift #thriftshop", "#thriftindonesia", "#jaketthrift #ootd", "#thriftmedan", "#bongkarbal",
          "#thriftbandung #murah", "#preloved #thrift", "#thriftstore #vintage", "#jualjaket #thrift",
          "#ballpress", "#thriftjakarta", "#cakarmakassar"]
TAGS_C = ["#banggabuatanindonesia", "#lokalpride", "#umkm", "#hemat", "#upcycle", "#sedekah", "#berita",
          "#stopimporbajubekas", "#belilokal", "#diy", "#kuliner", "#sepakbola"]
ABROAD = ["Tokyo", "Osaka", "Seoul", "Busan", "Bangkok", "London", "Berlin", "Melbourne", "Amsterdam", "New York",
          "Paris", "Kyoto", "Taipei", "Sydney", "Toronto", "Manchester", "Copenhagen", "Portland"]
NAMES = ["Raka", "Dinda", "Ucup", "Sari", "Bang Togar", "Mbak Yuni", "Kak Rina", "Ajeng", "Bayu", "Fajar",
         "Wulan", "Ikhsan", "Nadia", "Om Robert", "Putu", "Made", "Andi", "Daeng Aco", "Siti", "Yosef"]

# --- obfuscated spellings (each written by hand; the generator only picks) ---
O_THRIFT = ["thr!ft", "thr1ft", "t-h-r-i-f-t", "t.h.r.i.f.t", "thriiiift", "THR!FT", "t h r i f t", "thrifttt",
            "𝐭𝐡𝐫𝐢𝐟𝐭", "ｔｈｒｉｆｔ", "thr*ft", "th.rift", "t_h_r_i_f_t", "thrift\u200b", "Thr1fT", "tħrift", "thrıft",
            "t*h*r*i*f*t", "thrif", "trift"]
O_THRIFTING = ["thr!fting", "thr1ft1ng", "t-h-r-i-f-t-i-n-g", "thriiiifting", "THR1FTING", "thr!ft!ng",
               "t.h.r.i.f.t.i.n.g", "thriftiiing", "𝘁𝗵𝗿𝗶𝗳𝘁𝗶𝗻𝗴", "thrif ting", "nthrift", "trifting"]
O_BAL = ["b4l", "b.a.l", "b-a-l", "baal", "𝐁𝐀𝐋", "B@L", "b a l", "ba|", "bAL", "ballll", "b@ll"]
O_HG = ["h!dden g3m", "h1dden gem", "hidd3n g3m", "h-i-d-d-e-n gem", "hiddeeen gem", "H!DDEN GEM", "hidden g€m",
        "h!dd3n g3m", "hiden gem", "hidden gemmm"]
O_BP = ["ballpresss", "b4llpress", "b-a-l-l-p-r-e-s-s", "balpresss", "bal pr3ss", "ballpr3ss", "BALLPRES$",
        "b.a.l.p.r.e.s", "ballprezz", "bal-press", "ball.press", "balpres5"]
O_IMPOR = ["1mp0r", "imp0r", "i-m-p-o-r", "impooor", "1mpor", "IMP0RT", "imp*r"]
O_BONGKAR = ["b0ngkar", "bongk4r", "b-o-n-g-k-a-r", "bongkaaar", "B0NGKAR", "bngkr", "b.o.n.g.k.a.r"]


def hashtag_run(words):
    """A run-together hashtag in one of the casings sellers use."""
    style = rng.randrange(3)
    if style == 0:
        return "#" + "".join(words).lower()
    if style == 1:
        return "#" + "".join(w.capitalize() for w in words)
    return "#" + "".join(words).upper()


def slot(name):
    simple = {
        "city": CITIES, "price": PRICES, "item": ITEMS, "origin": ORIGINS, "brand": BRANDS_FOREIGN,
        "local": BRANDS_LOCAL, "abroad": ABROAD, "contact": CONTACTS, "shop": SHOPS, "day": DAYS, "time": TIMES, "size": SIZES,
        "emo": EMO_V, "emoc": EMO_C, "tagv": TAGS_V, "tagc": TAGS_C, "name": NAMES, "o_thrift": O_THRIFT,
        "o_thrifting": O_THRIFTING, "o_bal": O_BAL, "o_hg": O_HG, "o_bp": O_BP, "o_impor": O_IMPOR,
        "o_bongkar": O_BONGKAR,
    }
    base = re.sub(r"\d+$", "", name)
    if base in simple:
        return rng.choice(simple[base])
    if base == "jt":
        return rng.choice(["3,8jt", "4jt", "4,5jt", "5jt", "6,2jt", "7jt"])
    if base == "tagrun":
        return hashtag_run(rng.choice([["pecah", "bal"], ["bongkar", "bal"], ["buka", "bal"], ["thrift", "impor"],
                                       ["bal", "korea"], ["ballpress"], ["baju", "bekas", "impor"]])
                           + [rng.choice(CITIES)])
    raise KeyError(name)


# (label, category, [templates]); each template is one hand-written post.
T = []


def add(label, category, *templates):
    """Several add() calls may feed one category; they are merged in order."""
    for existing in T:
        if existing[1] == category:
            existing[2].extend(templates)
            return
    T.append((label, category, list(templates)))


V, C = "VIOLATION", "CLEAR"

add(V, "trade-term",
    "Bongkar bal {origin} {day} {time}! Isinya {item}, {item2}, harga mulai {price}. {contact} {tagv}",
    "READY BAL {origin} grade A, {item} {brand} kondisi 90% up, {price} per pcs. Stok terbatas, {contact}",
    "Pecah bal lagi guys 🔥 kali ini bal campuran {origin}, banyak {item} sama {item2}. Live {day} di tiktok {shop}",
    "Thrift shop impor {city} buka lagi! {item} {brand} cuma {price}, bisa COD area {city2}. {tagv}",
    "Jual ballpress {origin} per karung, isi 100-150 pcs, cocok buat yang mau mulai usaha thrifting. {contact}",
    "Restock thrifting {item} {brand} original {origin}, size {size}, {price}. Siapa cepat dia dapat {emo}",
    "Baju bekas impor murah meriah di lapak {name}, pasar loak {city}. {item} {price}, {item2} {price2}. Mampir ya",
    "Open reseller bal {origin}! Harga per bal 4,5jt, bisa pilih isian {item} atau {item2}. Serius aja {contact}",
    "Unboxing bal {origin} live {day} {time}, siapin saldo kalian! First come first serve {emo} {tagv}",
    "Kak ada {item} thrift impor size {size}? ada dong, {price} aja masih mulus, {contact}",
    "Lelang isi bal {origin} mulai dari 5rb!! ikutan live di {shop}, {item} {brand} banyak banget {emo}",
    "New arrival dari gudang {city}: bal impor isi {item} sama {item2}, harga grosir buat reseller. {contact}",
    "Mau thrifting tapi mager keluar? Sini belanja online aja di {shop}, semua barang bal {origin} pilihan, {price}",
    "Sale akhir bulan thriftshop {city}! Semua {item} impor second diskon jadi {price}, {item2} {price2}. {tagv}",
    "Ambil bal import langsung dari pelabuhan, harga tangan pertama, kirim ke seluruh Indonesia. {contact} {emo}",
    "Obral pakaian bekas impor di depan stadion {city}, {item} {price} bebas pilih, sampai {day}",
    "Lapak thrifting {name} buka {day} di CFD {city}. Bawa tas sendiri ya, {item} bal {origin} {price} {emo}",
    "Buka bal {origin} jam {time2} nih, yg nitip {item} langsung komen 'keep' ya, {contact}",
    "Grosir thrift bal press isi {item} campur, bisa ecer mulai {price}, gudang di {city}. {tagv}",
    "PO bal {origin} batch 3 udah landing! {item} {brand} {size} cuma {price}, jangan sampai kehabisan {emo}",
    "kaos {brand} thrift import asli {origin}, kondisi like new, {price} nego tipis. lokasi {city}, {contact}",
    "Borong sekarang: paket usaha thrift 1 bal jaket {origin} + 1 bal {item}, modal kecil untung gede. {contact}",
    "Toko thrift impor kita pindah ke ruko baru di {city}, stok bal {origin} lebih banyak, {item} mulai {price}",
    "cuci gudang sisa bal {origin}, {item} {price} ambil 3 gratis 1. sikat sebelum habis {emo} {tagv}",
    )

add(V, "tour",
    "Hidden gem thrift di {city}! Jaket {brand} {price}, tokonya masuk gang tapi isinya bal {origin} semua {emo}",
    "Tour thrift shop di pasar {city} bareng {name}, dapet {item} {brand} cuma {price}. Alamat lengkap di caption {tagv}",
    "Nemu hidden gem thrifting di {city}, {item} impor second pada bagus, penjualnya ramah, wajib mampir!",
    "Rekomendasi 5 tempat thrift murah di {city} buat yang suka {item} vintage impor, nomor 3 paling lengkap {emo}",
    "Thrift haul dari pasar loak {city}: 4 {item} {brand} habis {price} doang, lokasi tokonya aku tag ya {tagv}",
    "Hunting {item} di gudang bal {city} seru banget, baru dibongkar pagi tadi, pilihannya banyak. Cus kesana!",
    "Vlog: keliling pasar Senen cari {item} bekas impor, ternyata {price} udah dapet {brand}. Link toko di bio",
    "Surga thrifting ada di {city}!! rak penuh {item} {origin} second, harga {price}, buka tiap hari {emo}",
    "Ajak bestie thrifting di {city}, tokonya hidden gem banget, isinya baju bal korea, {item} cuma {price}",
    "Review jujur thrift store {shop} di {city}: barang bal {origin} rapi, {item} {price}, recommended buat hunting",
    "Gaes, spot thrift baru di {city}, baju impor bekasnya masih wangi, harga mulai {price}. Aku kasih maps di komen",
    "Day 3 thrift tour Sumatra: sekarang di {city}, dapat {item} {brand} {price} dari tumpukan bal {origin} {emo}",
    )

add(V, "obfuscated",
    "{o_thrift} {o_impor} {origin} ready kak, {item} {price}, {contact}",
    "Ready {o_bal} {origin} fresh dibongkar, {item} {brand} {price} aja {emo} {contact}",
    "{o_hg} {o_thrift} di {city}, {item} {brand} cuma {price}, buruan sebelum diborong",
    "{tagrun} malam ini {time}, yg mau merapat langsung ke lapak ya {emo}",
    "Restock {o_bp} {origin}! {item} {item2} campur, per pcs {price}, {contact}",
    "{o_bongkar} {o_bal} {origin} {day}, live di {shop} {emo} {tagrun}",
    "yuk {o_thrifting} bareng kita, {item} {origin} second mulai {price}, kirim seluruh indo. {contact}",
    "Sst.. {o_thrift} sh0p {city} baru buka, isinya {o_bal} {origin} semua, {item} {price}",
    "Jual {o_bp} isi {item} {brand}, grade A, {contact} {tagrun}",
    "{o_bal} {o_impor} mendarat!! {item} {price}, {item2} {price2}, ambil banyak dapet diskon {emo}",
    "Live {day}: {o_bongkar} bal {origin}, {item} mulai {price}. Ramein ya {tagrun}",
    "{o_hg} buat pecinta {item} vintage: lapak {o_thrift} {origin} di {city}, {price}, {contact}",
    "Pecah {o_bal} {origin} part 2!! {item} {brand} size {size} cuma {price} {emo}",
    "Baju b3kas 1mp0r {origin} murah, {item} {price}, {contact}",
    "Yg nanya stok {o_thrift} {item}, masih ada {price}, japri ya {emo} {tagrun}",
    )

add(V, "regional",
    "Awul-awul {city} buka {day}! {item} {price}, {item2} {price2}, datang pagi biar dapet yang bagus {emo}",
    "Cakar Makassar paling lengkap di lapak {name}, baju cakar {origin} {price} ji, {contact}",
    "Baju cap karung baru masuk, {item} masih mulus, {price} saja. Lokasi pasar Terong {city}",
    "Babebo Pontianak ready stok {item} {brand}, {price} per lembar, bisa kirim ke {city} {emo}",
    "Rombengan baju {origin} di pasar {city} lagi banyak {item}, {price} bisa nego",
    "Cimol Gedebage hari ini rame, jaket {brand} {price}! yang mau titip beli {contact}",
    "Monza {city} lagi fresh stok, jaket kulit {origin} cuma {price}, hoodie {price2}. Gas ke Pasar Melati {emo}",
    "Jual BJ (barang Jepang) {item} masih bagus, {price}, lokasi {city} {contact}",
    "RB Pekanbaru, {item} {brand} karungan {origin} baru buka, {price}/pcs, {contact}",
    "Baju Batam grade kepala, {item} {brand} {price}, bisa COD {city} {emo}",
    "Balpres {origin} isi {item} dijual per karung, gudang di {city}, {contact}",
    "Karungan baju {origin} ready, 1 karung isi {item} campur, harga bersahabat. {contact}",
    "Grade kepala semua kak, {item} {brand} cakar Korea cuma {price}, {contact} {tagv}",
    "awul2 online by {shop}: {item} {origin} pilihan {price}, spill stok di story {emo}",
    "Pakaian Batam murah meriah, {item} {brand} {price}, stok baru dari pelabuhan, {contact}",
    "Mampir ke lapak monza Pajak Melati, {item} {origin} {price}, Bang {name} yang jaga {emo}",
    )

add(V, "euphemism",
    "Kiriman kapal baru sandar, isinya {item} sama {item2} {origin} mulus semua. {price}, {contact}",
    "Barang datang dari negeri ginseng, {item} second {brand} {price}, stok per karung juga ada {emo}",
    "Sisa ekspor impor, {item} {brand} kondisi 95%, {price}. Bukan barang baru ya kak, {contact}",
    "Stok 'oleh-oleh' dari seberang lagi melimpah: {item}, {item2}, {price} bebas pilih {emo}",
    "Paket karung dari {origin} sudah tiba di gudang, {item} bekas pakai tapi masih oke, {contact}",
    "Baju second negeri sakura landing {day}, {item} {price}, reseller merapat {emo}",
    "Kiriman dari pelabuhan tikus udah sampe, {item} {brand} preloved impor {price}, {contact}",
    "Koleksi 'import pre-owned' grade A, {item} {origin} {price}, beli banyak harga grosir {emo}",
    "Barang tangan kedua dari luar, {item} {brand} {price}, isi karung fresh, {contact}",
    "Paket usaha 'sandang bekas' {origin}, 1 karung isi {item}, cocok buat yang mau buka lapak. {contact}",
    "Muatan kontainer {origin} baru dibuka, {item} second {price}, yg minat merapat {emo}",
    )

add(V, "emoji",
    "🅱️🅰️L {origin} 🚢📦 baru mendarat! {item} {price} 📲 {contact}",
    "🧥👖👕 second {origin} 🇰🇷🇯🇵 {price} per pcs 📦➡️🔓 {day} {time} {emo}",
    "📦🔓🔥 {day}! isi {item} {brand} 💸 {price} 📩 {contact}",
    "🚢➡️📦➡️👕 {item} impor 2nd cuma {price} 😱 {contact}",
    "♻️👕 dari 🇯🇵🇰🇷 bukan baru ya, {item} {price} 📍{city} 📲 {contact}",
    "💎🔍 {item} {brand} second 🇺🇸 {price} 📍{city} DM 📩",
    "🛍️ ready stok 📦 bal 🇰🇷 {item} 👉 {price} ⏰ {day} {emo}",
    "👀 {item} bekas 🇯🇵 cuma {price}! 📦 fresh dibuka, 📍{city}, 💬 {contact}",
    "🔥🔥 b-a-l 🇰🇷 🔥🔥 {item} {price} {item2} {price2} 📲 WA",
    "🧺👚👗 karungan 🇹🇼 {price} 📍 {city} 💬 {contact}",
    )

add(C, "news",
    "Bea Cukai {city} menggagalkan penyelundupan 300 bal pakaian bekas impor dari {origin}, barang diamankan di gudang",
    "Polisi gerebek gudang ballpress di {city}, ratusan karung baju bekas impor disita dan pemiliknya diperiksa",
    "Kemendag memusnahkan pakaian bekas impor senilai miliaran rupiah di {city}. Larangan impor baju bekas tetap berlaku",
    "Pedagang thrifting di pasar {city} resah setelah razia, sebagian beralih menjual produk lokal, kata ketua paguyuban",
    "BERITA: Kapal pengangkut 150 bal pakaian bekas ditangkap di perairan {city}, nakhoda ditetapkan tersangka {emoc}",
    "Pemerintah menegaskan Permendag 40/2022 melarang impor pakaian bekas. Pedagang diberi waktu menghabiskan stok",
    "Satgas di {city} menyita puluhan bal baju bekas impor yang akan dijual di pasar loak, barang akan dimusnahkan",
    "Menteri UMKM: thrifting baju impor bekas mematikan industri tekstil lokal, pengawasan di pelabuhan diperketat",
    "Sidang kasus penyelundupan ballpress di PN {city} ditunda pekan depan, terdakwa didakwa melanggar UU Kepabeanan",
    "Hasil operasi gabungan di {city}: 2 truk berisi karungan pakaian bekas dihentikan di jalan lintas, sopir diamankan",
    "Laporan: impor pakaian bekas ilegal naik menjelang Lebaran, Bea Cukai {city} tingkatkan patroli laut {tagc}",
    "Pemusnahan 500 bal baju bekas di {city} disaksikan wali kota, barang hasil sitaan sepanjang tahun ini",
    )

add(C, "campaign",
    "Stop thrifting impor! Yuk dukung UMKM dengan beli produk lokal, kualitas nggak kalah {emoc} {tagc}",
    "Kampanye #BanggaBuatanIndonesia: tiap {item} lokal yang kamu beli bantu penjahit di {city} tetap bekerja",
    "Kementerian Perdagangan ajak masyarakat tolak pakaian bekas impor karena berisiko bagi kesehatan dan industri",
    "Webinar gratis {day}: 'Bahaya Pakaian Bekas Impor bagi UMKM Tekstil', narasumber dari Dinas Koperasi {city}",
    "Gerakan pakai produk lokal: 1 minggu pakai {local} full, siapa berani ikut? {emoc} {tagc}",
    "Poster edukasi: kenali ciri baju bekas impor ilegal dan laporkan penjualannya ke 129. Lindungi UMKM kita {emoc}",
    "Dinas Perdagangan {city} gelar sosialisasi larangan impor pakaian bekas ke pedagang pasar, dilanjut bazar produk lokal",
    "Daripada beli bal impor, mending modalin penjahit lokal. Duitnya muter di negeri sendiri {emoc} {tagc}",
    "Lomba desain kaos lokal tingkat SMA se-{city}, tema 'Cinta Produk Dalam Negeri'. Hadiah total 10 juta",
    "Pemkot {city} wajibkan ASN pakai batik dan tenun lokal tiap Kamis, dukung perajin daerah {tagc}",
    )

add(C, "critique",
    "Opini: tren thrifting bikin bangga pakai sampah tekstil negara lain, padahal penjahit kita kehilangan order",
    "Jujur aku berhenti thrifting sejak tau kebanyakan barangnya dari bal impor ilegal. Bukan menghakimi, cuma mikir",
    "Thread: kenapa bongkar bal di live itu problem? 1) ilegal 2) limbahnya ke kita 3) UMKM lokal tergerus {emoc}",
    "Yang bilang thrift itu ramah lingkungan, coba lihat berapa ton sisa bal yang akhirnya dibakar di {city}",
    "Kritik buat influencer yang endorse hidden gem thrift: kalian promosiin barang selundupan lho {emoc}",
    "Ngeri juga baca riset soal jamur dan bakteri di baju bekas impor. Semoga orang lebih sadar {emoc}",
    "Dosen ekonomi UGM: pelarangan impor pakaian bekas perlu dibarengi penguatan industri garmen kecil",
    "Kenapa ya konten pecah bal masih rame di FYP padahal jelas dilarang? platform harus lebih tegas",
    "Aku dulu reseller thrift, sekarang sadar dampaknya ke konveksi tetangga. Sekarang jualan produk sendiri",
    "Diskusi kampus: apakah thrifting bentuk perlawanan fast fashion atau justru impor limbah? tonton rekamannya",
    )

add(C, "own-clothes",
    "Jual baju pribadi, {item} {local} size {size}, baru dipakai 2x, {price} nett. Bukan barang bal ya {emoc}",
    "Preloved pribadi: {item} beli sendiri di mall {city} tahun lalu, kekecilan, lepas {price}",
    "Beres-beres lemari, ada {item} dan {item2} punyaku yang masih layak. Mau dijual murah aja ke teman kantor",
    "Decluttering! Koleksi pribadiku: {item} {size}, kondisi 90%, {price}. COD {city}, bukan barang impor bekas",
    "Lungsuran kakak masih bagus, {item} {local} sekali pakai pas wisuda, dijual {price} aja",
    "Garage sale di rumah {day}: baju anak, {item}, mainan, semua punya keluarga sendiri. Alamat di {city}",
    "Jual {item} bekas pakai sendiri, ukuran {size}, minus sedikit di kancing. {price}, nego halus ya {emoc}",
    "Preloved seragam sekolah SMA anakku, masih rapi, buat adik kelas yang butuh. Harga seikhlasnya",
    "Mau lepas gaun pengantin punya sendiri, baru sekali dipakai, jahit di {city}. Minat bisa DM",
    "Lemari penuh, jual {item} punya suami, {local} asli, beli baru tahun lalu, {price} {emoc}",
    "Barang pribadi: {item} dan {item2}, dipakai waktu kuliah, sekarang udah nggak muat. Kak {name} minat?",
    )

add(C, "donation",
    "Open donasi baju layak pakai untuk korban banjir di {city}, drop point di masjid {name} sampai {day} {emoc}",
    "Kami terima sumbangan {item} dan selimut untuk panti asuhan di {city}. Dicuci dulu ya sebelum dikirim",
    "Alhamdulillah 20 karung pakaian bekas warga sudah disalurkan ke korban gempa. Terima kasih donatur {emoc}",
    "Gerakan berbagi baju lebaran: bawa {item} yang masih bagus ke sekolah, nanti disalurkan ke anak yatim",
    "Posko bantuan {city} butuh pakaian anak, popok, dan {item}. Bukan untuk dijual, langsung dibagikan {tagc}",
    "Komunitas {name} bagi-bagi baju gratis di kolong jembatan {city} {day}. Yang punya baju lebih boleh titip",
    "Bank pakaian kampus buka lagi: ambil gratis {item} kalau butuh, taruh kalau punya lebih {emoc}",
    "Donasi seragam bekas untuk SD di pelosok {city}, target 200 stel, sudah terkumpul 120 {emoc}",
    "Lemari berbagi di depan gereja {city}: silakan ambil {item} atau selimut, gratis untuk yang membutuhkan",
    )

add(C, "upcycling",
    "Tutorial upcycle: {item} lama disulap jadi tote bag, cuma modal benang dan gunting {emoc} {tagc}",
    "Workshop jahit ulang baju lama jadi outer patchwork di {city} {day}, bawa baju bekas sendiri ya",
    "Celana jeans robek punya bapak aku ubah jadi celemek dan dompet. Hasilnya lumayan kan? {emoc}",
    "Sisa kain perca konveksi {city} kami olah jadi masker dan boneka, dijual buat kas karang taruna",
    "DIY: kaos kebesaran jadi crop top tanpa mesin jahit, 10 menit kelar {emoc} {tagc}",
    "Brand upcycling asal {city} ini bikin jaket dari terpal truk dan karung goni, keren banget",
    "Ganti kancing, tambah sulaman, {item} lama kelihatan baru lagi. Rawat baju sendiri biar awet",
    "Kelas ecoprint di {city}: warnai {item} pakai daun jati dan kulit bawang, pendaftaran lewat link",
    "Baju seragam yang sudah nggak muat aku potong jadi lap dan keset. Zero waste di rumah sendiri {emoc}",
    )

add(C, "local-brand",
    "New drop dari {local}! {item} baru 100% katun, dijahit di {city}, {price}. Produk lokal baru, bukan second {emoc}",
    "Koleksi lebaran {local} sudah rilis: {item} dan {item2} bahan adem, pre-order sampai {day} {tagc}",
    "UMKM konveksi {city} buka PO {item} custom sablon, minimal 12 pcs, {price} per pcs {emoc}",
    "Restock {item} {local} size {size}, produk baru dari pabrik sendiri, {contact}",
    "Dukung brand lokal! {local} {item} edisi kolaborasi dengan perajin tenun {city}, stok terbatas",
    "Review {item} {local} setelah 6 bulan: jahitan rapi, warna nggak luntur, worth {price} {emoc}",
    "Pameran Indonesia Fashion Week: 50 brand lokal dari {city} tampilkan {item} berbahan kain tradisional",
    "Jual {item} baru segel, produksi konveksi sendiri di {city}, grosir dan ecer, {price} {tagc}",
    "Toko kami cuma jual {item} baru buatan penjahit lokal, harga {price}, garansi jahitan 30 hari {emoc}",
    "Flash sale tanggal kembar! {local} {item} diskon 40%, barang baru original, gratis ongkir {tagc}",
    )

add(C, "hidden-gem-place",
    "Hidden gem cafe di {city}! Kopi susu gula aren {price}, tempatnya adem banyak tanaman {emoc}",
    "Nemu hidden gem kuliner: bakso urat di gang sempit {city}, kuahnya juara, buka sampai {time}",
    "Pantai hidden gem di selatan {city}, airnya jernih, masih sepi. Jangan buang sampah ya {emoc}",
    "Hidden gem buat kerja: coworking murah di {city}, wifi kencang, {price} seharian {tagc}",
    "Toko buku bekas hidden gem di {city}, novel lawas {price}an, pemiliknya ramah banget",
    "Air terjun hidden gem di {city}, trekking 30 menit, tiket masuk {price} {emoc}",
    "Warung nasi padang hidden gem dekat stasiun {city}, rendangnya empuk, porsi kuli",
    "Spot foto hidden gem di {city}: kebun bunga matahari, tiket {price}, cocok buat prewed {emoc}",
    "Hidden gem di Spotify: band indie asal {city} ini lagunya enak banget, wajib dengar",
    "Penjual es dawet hidden gem di pasar {city}, sudah jualan 30 tahun, segelas {price}",
    )

add(C, "ball-hay",
    "Jual bal jerami kering untuk pakan sapi, 1 bal {price}, bisa antar area {city} {emoc}",
    "Pecah bal! Gol menit 89 bikin stadion {city} meledak, sepak bola memang gila {tagc}",
    "Ready hay timothy untuk kelinci, per bal 1 kg {price}, wangi dan kering {emoc}",
    "Anak-anak main bal di lapangan kampung {city} sampai maghrib, seru banget lihatnya",
    "Bal bola voli baru buat turnamen 17an di {city}, sumbangan dari kepala desa {emoc}",
    "Peternak di {city} mulai stok bal rumput kering menjelang kemarau, harga per bal naik",
    "Lomba pecah balon dan tarik tambang di RT {name}, hadiahnya {price} {emoc}",
    "Mesin press jerami jadi bal kotak, cocok untuk peternak kambing {city}, {contact}",
    "Teknik menggiring bal dari pelatih SSB {city}: kaki bagian dalam, kepala tegak {emoc}",
    "Jual bal sekam padi untuk media tanam dan alas kandang ayam, {price} per karung, {city}",
    )

add(C, "frugal",
    "Thrift itu soal hemat: masak sendiri, bawa bekal, tabung sisa uang jajan {emoc} {tagc}",
    "Tips hidup thrifty anak kos di {city}: belanja di pasar pagi, masak sekali buat 2 hari",
    "Jadi orang thrifty bukan pelit ya, cuma mikir dua kali sebelum checkout keranjang {emoc}",
    "Be thrifty: catat pengeluaran harian, kurangi jajan kopi, sisihkan 20% gaji {tagc}",
    "Thrift dalam bahasa Inggris artinya hemat. Jadi 'thrifty mom' itu ibu yang pandai berhemat",
    "Challenge 30 hari no spending, tetap thrift dan irit, target nabung {price} per hari {emoc}",
    "Buku 'The Thrifty Household' bahas cara atur uang keluarga, cocok buat pengantin baru",
    "Gaji UMR {city} tetap bisa nabung asal thrifty: transportasi umum, bawa botol minum, masak sendiri",
    "Sikap thrift orang tua dulu: baju dijahit ulang, sisa nasi jadi nasi goreng, listrik dimatikan {emoc}",
    )

add(C, "abroad",
    "Liburan ke Tokyo kemarin mampir thrift shop di Shimokitazawa, cuma lihat-lihat, suasananya unik {emoc}",
    "Cerita kuliah di Melbourne: op shop di sana dikelola gereja, hasilnya buat amal. Budaya yang beda",
    "Jalan-jalan ke London, sempat masuk charity shop Oxfam, bukunya murah. Sayang koper penuh {emoc}",
    "Vlog Seoul day 4: pasar Dongmyo isinya baju bekas lokal Korea, rame anak muda. Aku cuma foto-foto",
    "Di Amsterdam toko vintage ada di tiap sudut, wisata belanjanya seru walau aku nggak beli apa-apa",
    "Pengalaman kerja di Jepang: orang sana rapi banget nyumbang baju ke toko second lokal mereka {emoc}",
    "Travel diary Berlin: flea market di Mauerpark tiap Minggu, ada musik jalanan dan makanan {emoc}",
    "Studi banding ke Kanada, lihat sistem daur ulang tekstil dan thrift store milik yayasan di sana",
    "Nonton dokumenter soal thrift shop di New York, cara mereka sortir donasi menarik banget",
    )

add(C, "denial",
    "{item} ini produk lokal baru ya kak, bukan barang bal, jahitan konveksi sendiri di {city}. {price} {emoc}",
    "Klarifikasi: toko kami tidak menjual thrift impor. Semua {item} baru dari produsen lokal {local}",
    "Bukan thrift, bukan bal, ini {item} baru segel dari pabrik di {city}. Harga {price} {tagc}",
    "Yang nanya ini barang bal atau bukan: bukan kak, ini stok baru {local}, ada label dan nota pembelian",
    "Kami tegaskan lapak kami tidak jual baju bekas impor. Yang ada {item} baru hasil konveksi {city} {emoc}",
    "Ini bukan barang bongkar bal ya, {item} baru jahitan ibu-ibu penjahit di {city}, {price}",
    "Tenang, semua {item} di toko ini baru dan lokal, 0% impor bekas. {contact}",
    "Banyak yang kira ini thrift, padahal {item} baru desain sendiri, produksi {city}, {price} {emoc}",
    "Disclaimer: akun ini bukan reseller bal atau cakar. Kami cuma jual {item} baru buatan UMKM {city}",
    )

# --- second batch: more wording per category, so that each template gives only a few posts ---
add(V, "trade-term",
    "Monggo mampir lapak thrift kami di Pasar Klithikan {city}, bal anyar saka {origin}, {item} regane {price} wae",
    "Mangga atuh ka toko thrift urang, bal {origin} nembe dibuka, {item} ngan {price} hungkul {emo}",
    "Horas! Thrifting murah di {city}, {item} {brand} bal {origin} {price}, langsung datang ke kios kami",
    "Hari ini kita bongkar 3 bal sekaligus: jaket, kemeja, celana dari {origin}. Yang live nonton dapet harga khusus {price}",
    "fresh from the bale!! {item} {brand} {origin} cuma {price}, ready for ur ootd {emo} {tagv}",
    "Dicari reseller thrift di {city}, ambil dari kami per bal atau per kodi, harga miring. {contact}",
    "Thrift impor grade B lebih murah lagi: {item} {price}, cacat dikit tapi masih layak. {contact}",
    "New stock thrift shop! {item} vintage impor {origin}, kondisi 8/10, {price}. Pengiriman tiap hari {tagv}",
    "Kak mau nanya, bal {origin} yang isi {item} masih ada? Masih kak, satu bal {jt}, ecer {price} {contact}",
    "Cari usaha sampingan? Jualan thrift aja! Kami supply bal {origin} asli, isi 200 pcs, bisa kirim ke {city}",
    "Weekend sale di {shop}: semua barang bal {origin} flat {price}, termasuk {item} dan {item2} {emo}",
    "baru buka bal kemarin, sisa {item} {size} 3 biji, {price} aja, yang cepet dia dapet {contact}",
    "Koleksi jaket thrift impor terlengkap se-{city}, 500+ pcs dari bal {origin}, harga {price}-an. {tagv}",
    "Gudang bal {city} jual eceran juga lho! {item} {price}, {item2} {price2}. Buka jam 9 sampai jam 5",
    "Spill isi bal {origin} hari ini: {item}, {item2}, sama beberapa {brand}. Harga mulai {price}, {contact}",
    "Open PO bal {origin} gelombang 2, DP 50%, barang datang 2 minggu. Isi campur {item}. {contact}",
    )

add(V, "tour",
    "Seharian thrifting di {city} cuma modal 200rb dapet 6 potong, semua barang bal {origin}. Ini list tokonya {tagv}",
    "POV: kamu nemu {item} {brand} asli di tumpukan baju impor bekas seharga {price} {emo} lokasi di bio",
    "Guide thrifting {city} buat pemula: datang pagi pas bal baru dibuka, tawar sampai {price}, cek jahitan",
    "Kemarin main ke pasar baju bekas impor di {city}, jaket {brand} cuma {price}. Besok aku ajak kalian live dari sana",
    "Outfit hari ini full thrift: {item} {price} dari lapak bal di {city}, {item2} {price2}. Mau aku kasih alamatnya?",
    "Ranking thrift store {city} versi aku, dari yang barang balnya paling fresh sampai paling murah {emo}",
    "thrifting date sama pacar di {city} 🥰 dapet {item} {brand} second impor {price}, tokonya hidden gem parah",
    "Nyobain belanja di lapak awul-awul online sama offline, bandingin harga {item}: online {price}, offline {price2}",
    "Tempat thrift tersembunyi di {city}: naik ke lantai 2 pasar, belok kiri, tumpukan bal {origin} {price} semua",
    "Ikut aku hunting {item} vintage di gudang thrift {city}! Isinya bal {origin} baru datang, harga {price} {tagv}",
    )

add(V, "obfuscated",
    "Tr!ft 1mpor {origin} ada lg nih, {item} {price}, lgsg {contact}",
    "{o_thrift} {origin} new arrival, {item} {brand} {price} {emo} {tagrun}",
    "Siapa mau {o_bal} press {origin}? isi {item} campur, {contact}",
    "Lapak {o_thrifting} bang {name} buka lg, {item} {origin} {price}, dtg aja ke {city}",
    "{o_bp} {origin} {price} per kg, bisa ecer, {contact}",
    "Pre order {o_bal} {o_impor} {origin}, isi {item}, DP dulu ya {emo}",
    "Sale!! {item} {o_thrift} {origin} {price}, {item2} {price2} {tagrun}",
    "B-O-N-G-K-A-R b-a-l {origin} {day} {time}, {item} murah2 {emo}",
    "{tagrun} {tagrun2} stok {item} {brand} {price}, {contact}",
    "ada yg nyari {o_hg}? nih {item} {origin} second di lapak {city}, {price}",
    "Ready {o_thrift} grade A {origin}, {item} {size}, {price}, {contact} {emo}",
    "Jual {o_bal} {o_impor} eceran, {item} {price} aja, kirim dari {city}",
    )

add(V, "regional",
    "Cakar Pasar Butung lagi banyak {item} {origin}, {price} ji, mari mi belanja {emo}",
    "Baju cakar karungan {origin}, {item} masih bagus sekali, {price}, COD {city} {contact}",
    "Awul-awul Lombok buka sampai malam, {item} {brand} {price}, {item2} {price2} {emo}",
    "Pasar awul-awul Jogja ramai lagi, ada {item} {origin} mulai {price}, datang pagi biar dapat pilihan",
    "Babebo baru bongkar karung, {item} {price}, cocok buat kerja kebun maupun jalan {emo}",
    "RB Pasar Kodim stok baru: {item} {origin} {price}, {contact}",
    "Barang BJ fresh, {item} {brand} {price}, masih wangi karung {emo}",
    "Cimol Bandung nu anyar, {item} {origin} ngan {price}, {contact}",
    "Baju Batam original, {item} {brand} impor second {price}, kirim ke {city} {emo}",
    "Ballpres Pontianak murah, {item} {price}, {item2} {price2}, grosir dan ecer {contact}",
    "Rombengan Pasar Gembong {city}, {item} {origin} cuma {price}, silakan mampir",
    "Monza Simpang Limun rame, {item} {brand} {price}, monza asli {origin} {emo}",
    "Jual cap karung {origin} per karung isi {item}, harga {jt}, {contact}",
    "Balpres Korea grade kepala, {item} {price}, stok di {city}, {contact}",
    )

add(V, "euphemism",
    "Barang 'bekas bule' baru datang, {item} {brand} {price}, kondisi mantap {emo} {contact}",
    "Paket 'kodian luar' isi {item} second campur, {price} per kodi, {contact}",
    "Stok 'second branded luar negeri' {item} {brand} {price}, sekarung juga bisa {emo}",
    "Yang kemarin nanya 'barang kapal', udah ready lagi ya: {item} {origin} {price} {contact}",
    "Barang eks impor, pakaian bekas pakai dari {origin} grade A, {item} {price}, {contact}",
    "'Preloved' impor karungan, {item} {price}, bukan barang lokal ya kak, {contact}",
    "Baju 'sisa gudang luar' baru diturunkan dari truk, {item} {origin} {price} {emo}",
    "Muatan dari seberang pulau datang tadi subuh, {item} bekas {brand} {price}, {contact}",
    )

add(V, "emoji",
    "🇰🇷➡️🇮🇩 {item} 2nd 💰{price} 📦 per karung ✅ {contact}",
    "🔓📦 LIVE {day} ⏰{time} 👕🧥👖 dari 🇯🇵 💸 {price}",
    "🏷️ {price} 👉 {item} {brand} bekas 🇺🇸🇬🇧 📍{city} 🛒 {contact}",
    "👕♻️🇯🇵 stok 📦 bal 🆕 {price} 📲 {contact}",
    "🤫📦🚢 barang datang 👕 {item} second {price} 📩 DM",
    "🎁📦 thrift 🇰🇷 {item} {price} 🔥 siapa cepat 🏃 {contact}",
    )

add(C, "news",
    "Ribuan bal pakaian bekas ilegal dibakar di {city} hari ini, pejabat menyebut nilai barang lebih dari 10 miliar",
    "Komisi VI DPR minta pemerintah menindak penjual baju bekas impor di marketplace, bukan cuma pedagang kecil",
    "Pedagang pasar Senen protes larangan thrifting, minta masa transisi untuk menghabiskan stok lama {emoc}",
    "Kapolres {city}: tiga gudang penyimpanan bal baju bekas impor digerebek, barang bukti dibawa ke Mapolres",
    "Data BPS: impor pakaian bekas tercatat turun setelah larangan, tapi penyelundupan lewat jalur tikus masih marak",
    "TNI AL amankan kapal kayu bermuatan karung pakaian bekas di perairan Riau, awak kapal diperiksa {emoc}",
    "Liputan: nasib penjual awul-awul di {city} setelah razia, sebagian pindah jualan kuliner",
    "Asosiasi Pertekstilan sambut baik pemusnahan baju bekas impor, minta pengawasan pelabuhan kecil diperketat",
    )

add(C, "campaign",
    "Bulan Cinta Produk Lokal di mal {city}: diskon 30% untuk semua {item} buatan UMKM, tanpa barang impor bekas",
    "Ayo pakai sarung dan batik buatan perajin {city}, dukung ekonomi kampung kita {emoc} {tagc}",
    "Kemenkop UKM luncurkan program 'Lokal Naik Kelas' untuk 1.000 konveksi kecil di {city} {tagc}",
    "Infografis: 5 alasan berhenti beli baju bekas impor ilegal, geser untuk baca sampai habis {emoc}",
    "Sekolah di {city} ajak siswa bawa baju buatan dalam negeri saat Hari Batik, foto terbaik dapat hadiah",
    "Iklan layanan masyarakat: pakaian bekas impor bisa bawa penyakit kulit. Pilih produk lokal yang aman {emoc}",
    )

add(C, "critique",
    "Gak habis pikir sama konten bongkar bal yang dibikin lucu-lucuan, padahal ini soal limbah dan hukum {emoc}",
    "Essay singkat: budaya thrift di kota besar itu romantisasi kemiskinan atau gaya hidup? Diskusi di kolom komen",
    "Mending jujur aja, thrifting di Indonesia itu mayoritas barang selundupan. Aku gak mau ikut-ikutan lagi",
    "Sebagai penjahit di {city}, order saya turun sejak orang pada beli bal impor. Tolong dipikir lagi {emoc}",
    "Podcast episode 12: kami ngobrol sama mantan pedagang ballpress soal kenapa ia berhenti dan pindah usaha",
    "Banyak artis pamer haul thrift, tapi nggak ada yang bahas asal barangnya dari mana. Ironis {emoc}",
    "Riset mahasiswa {city}: 60% responden tidak tahu bahwa impor pakaian bekas dilarang sejak 2015",
    )

add(C, "own-clothes",
    "Lepas {item} kesayangan, beli sendiri di {local} store {city} 2021, masih ada notanya. {price} nego",
    "Baju hamil bekas aku pakai sendiri, 5 potong, masih bagus. Buat bumil {city} yang butuh, {price} semua",
    "Cuci lemari: {item} dan {item2} milik pribadi, jarang dipakai, ukuran {size}. DM kalau minat {emoc}",
    "WTS {item} {local} original punya sendiri, size {size}, pemakaian 3 bulan, {price} include ongkir {city}",
    "Jual murah baju kerja lama aku, blazer dan rok, dulu beli di mal. Sekarang WFH terus, {price} aja",
    "Kostum tari anak aku cuma dipakai sekali pentas, dijual {price}, bisa ambil di {city} {emoc}",
    "Ada yang mau jersey futsal tim kantor punyaku? udah gak dipake, {size}, {price} aja",
    )

add(C, "donation",
    "Yayasan {name} menerima donasi pakaian layak pakai untuk warga terdampak kebakaran di {city} {emoc}",
    "Hari ini kami antar 15 karung baju sumbangan jemaah ke desa terpencil di {city}. Terima kasih semua",
    "Kotak donasi baju tersedia di lobi kantor sampai akhir bulan, nanti dikirim ke panti jompo {city}",
    "Berbagi itu indah: ajak anak pilih mainan dan baju yang sudah kecil untuk disumbangkan {emoc} {tagc}",
    "Relawan {city} kumpulkan jaket dan selimut untuk pendaki dan warga lereng gunung saat musim dingin",
    "Drop box baju bekas di kampus: yang layak disumbangkan, yang rusak didaur ulang jadi majun {emoc}",
    )

add(C, "upcycling",
    "Dari karung goni bekas jadi tas keren, UMKM {city} ini ekspor produknya ke Jepang {emoc}",
    "Tips: kaos lama jangan dibuang, jadikan benang rajut untuk keset. Video lengkap di channel kami",
    "Pameran fashion daur ulang mahasiswa {city}: gaun dari plastik kresek dan kemasan kopi {tagc}",
    "Bikin quilt dari baju-baju almarhumah nenek, jadi kenang-kenangan keluarga {emoc}",
    "Sisa kain sarung bapak aku jahit jadi sarung bantal, lumayan buat ruang tamu",
    "Komunitas menjahit {city} bikin kelas gratis permak {item} yang kebesaran, bawa baju sendiri ya",
    )

add(C, "local-brand",
    "Sablon manual {city} terima order kaos komunitas, bahan cotton combed 30s baru, {price} per pcs {emoc}",
    "Batik tulis asli {city} langsung dari pengrajin, kain baru, motif parang, {price} {tagc}",
    "Pre-order hoodie {local} batch 7, produksi lokal, bahan fleece tebal, datang 3 minggu {emoc}",
    "{local} buka store baru di {city}! Koleksi {item} terbaru, semua buatan dalam negeri",
    "Tenun ikat NTT dijahit jadi {item} modern, karya penenun Kupang, {price}, stok sedikit {tagc}",
    "Konveksi rumahan {city} jual {item} baru polos grosir, kodian {price2}, ecer {price} {emoc}",
    "Seragam sekolah baru, jahitan rapi, langsung dari konveksi {city}, ukuran lengkap, {price}",
    )

add(C, "hidden-gem-place",
    "Hidden gem of {city}: perpustakaan kecil di atas toko kue, bisa baca gratis sambil ngopi {emoc}",
    "Barbershop hidden gem di {city}, potong rambut {price} rapi banget, tukangnya udah 20 tahun",
    "Camping ground hidden gem dekat {city}, view danau, sewa tenda {price} semalam {tagc}",
    "Mie ayam hidden gem di belakang kampus {city}, porsi besar, harganya {price}",
    "Museum kecil hidden gem di {city}, koleksi wayang dan keris, tiket {price} {emoc}",
    "Ini hidden gem buat jogging pagi di {city}: taman kota yang baru direnovasi, rindang banget",
    "Taman bacaan anak hidden gem di kampung {name}, gratis, didirikan pemuda setempat {emoc}",
    )

add(C, "ball-hay",
    "Pakan kuda: jerami padi dipadatkan jadi bal, 1 bal cukup untuk 2 hari, stok di {city} {emoc}",
    "Final liga kampung {city}: bal ditendang keras, kiper terbang, penonton bersorak {tagc}",
    "Tips bikin silase: cacah rumput, padatkan, bungkus rapat seperti bal, fermentasi 21 hari",
    "Bal kapas dari pabrik pemintalan {city} dikirim ke industri tekstil di Jawa Barat",
    "Pecah bal alias kebobolan di menit awal, tapi tim kami bangkit dan menang 3-1 {emoc}",
    "Balon ulang tahun, balapan karung, bal bola plastik, semua lengkap di toko mainan {city}",
    "Jual jerami gulung (bal bundar) untuk pakan sapi perah, {price} per bal, angkut sendiri",
    )

add(C, "frugal",
    "Thrifty living: bawa tumbler, masak bekal, naik KRL. Hemat 1,5 juta sebulan {emoc}",
    "Ajarin anak jadi thrifty sejak kecil: uang saku dibagi tiga, jajan, tabung, sedekah {tagc}",
    "Podcast keuangan: thrift bukan berarti menyiksa diri, tapi belanja sesuai kebutuhan",
    "Resep thrifty: sayur sop dari sisa sayuran kulkas, total modal {price} untuk sekeluarga",
    "Thrift, dalam kamus Oxford: the quality of using money carefully. Nilai yang diajarkan kakek",
    "Tantangan 52 minggu menabung, minggu ke-10 sudah terkumpul 520rb. Thrift itu kebiasaan {emoc}",
    )

add(C, "abroad",
    "Pas exchange di Seattle, sering ke Goodwill buat beli buku pelajaran bekas, murah dan legal di sana",
    "Di Osaka ada toko bekas 2nd Street, rapi kayak butik. Aku cuma window shopping {emoc}",
    "Wisata ke Bangkok: Chatuchak market luas banget, ada barang antik sampai tanaman hias",
    "Teman di Jerman kerja paruh waktu di Humana secondhand, katanya semua barang dari donasi warga",
    "Catatan perjalanan Paris: Les Puces de Saint-Ouen, pasar loak antik terbesar, pengunjungnya turis semua",
    "Kuliah di Glasgow, tiap akhir semester mahasiswa nyumbang barang ke charity shop kampus {emoc}",
    )

add(C, "denial",
    "Bukan barang cakar ya kak, ini {item} baru dari konveksi kami di {city}, masih ada plastiknya {emoc}",
    "Mohon maaf kami tidak melayani pembelian ballpress. Toko kami hanya menjual {item} baru produksi lokal",
    "Pertanyaan yang sering masuk: apakah ini barang impor bekas? Tidak, semua {item} kami baru, merek {local}",
    "Ini bukan thrifting ya guys, aku beli {item} baru di {local} waktu promo, cuma {price} {emoc}",
    "Kami bukan penjual awul-awul. {item} di etalase semua baru dari penjahit {city}, ada label ukuran",
    "Produk kami asli buatan {city}, bukan barang Batam, bukan karungan. {item} {price} {tagc}",
    )

add(C, "abroad",
    "Hari ke-3 di {abroad}: mampir ke thrift store dekat hostel, cuma foto-foto buat konten, harga di sana mahal {emoc}",
    "Kangen {abroad}, dulu tiap Sabtu ke flea market sama teman sekelas, jajan crepes terus pulang. Sekarang cuma kenangan",
    "Mahasiswa Indonesia di {abroad} cerita: thrift shop di sana punya lembaga amal, hasilnya untuk tunawisma",
    "Street style {abroad} musim gugur: anak muda sana suka padu padan barang vintage dari toko second lokal mereka",
    "Dapat tugas liputan ke {abroad}, sempat lihat pasar loak tua di pinggir sungai, ramai turis {emoc}",
    "Review buku perjalanan: bab tentang {abroad} membahas budaya beli barang bekas sebagai gaya hidup hemat di sana",
    "Video jalan-jalan {abroad}: charity shop, kafe, dan taman. Di sana toko bekas bagian dari budaya kota {emoc}",
    "Teman kerja baru pulang dari {abroad}, cerita soal second-hand market di sana yang tertib dan bayar pajak",
    "Nonton konten YouTuber di {abroad} yang keliling toko vintage, aku suka sinematografinya {emoc}",
    )

# --- third batch: more hard negatives that use the trade's own words, and more offers without them ---
add(C, "critique",
    "Capek lihat FYP isinya bongkar bal terus. Kalian tau nggak sih itu barang selundupan? {emoc}",
    "Katanya thrifting itu sustainable, tapi kalau barangnya impor bekas ilegal, yang untung cuma penyelundup",
    "Unpopular opinion: hidden gem thrift itu cuma istilah marketing buat jualan baju bal {emoc}",
    "Bapak saya penjahit di {city}, sejak tren ballpress orderan sepi. Tolong pikirkan lagi sebelum beli bal",
    "Aku nggak anti barang bekas, aku anti penyelundupan bal yang bikin tekstil kita mati. Beda ya {emoc}",
    "Mau pakai baju bekas? Tukar sama teman atau beli preloved orang lokal, jangan dari karungan impor",
    "Konten 'pecah bal' di live itu kok dibiarkan ya sama platform? Padahal aturannya jelas melarang",
    "Thread panjang soal dampak limbah tekstil dari bal impor ke TPA di {city}. Baca sampai habis ya {emoc}",
    )

add(C, "news",
    "Razia pasar {city}: petugas temukan 40 karung cakar impor, pedagang diminta tidak lagi menjual barang itu",
    "Bea Cukai Batam musnahkan 2.000 koli pakaian bekas ilegal, sebagian berasal dari {origin}",
    "Warga {city} temukan puluhan bal baju bekas dibuang di sungai, diduga milik penyelundup yang kabur {emoc}",
    "Pemerintah kaji sanksi untuk akun media sosial yang mempromosikan thrifting barang impor bekas",
    "Kejaksaan {city} tuntut 2 tahun penjara untuk pengusaha yang menimbun 800 bal pakaian bekas impor",
    "Polda setempat ungkap jaringan penyelundupan ballpress lewat pelabuhan kecil di {city}, 5 orang ditangkap",
    )

add(C, "campaign",
    "Yuk ikut #GerakanBeliLokal: foto {item} buatan UMKM favoritmu, tag 3 teman {emoc}",
    "Daripada thrifting bal impor, coba swap party baju bareng teman. Gratis, seru, dan legal {emoc}",
    "Pesan Dinas Koperasi {city}: belanja di pasar UMKM, bukan di lapak bal impor. Uangnya berputar di sini",
    "Kampanye sekolah: 'Seragam Lokal, Bangga Lokal', semua seragam dijahit penjahit kampung sekitar {city}",
    )

add(C, "denial",
    "Banyak yang DM nanya ini barang bal ya? Bukan kak, ini {item} baru stok pabrik {city}, ada tag harga {emoc}",
    "Bukan thrift impor ya, ini produksi sendiri. {item} {local} baru, {price}, {contact}",
    "Info penting: kami tidak jual ballpress, karungan, atau barang Batam. Hanya {item} baru produksi {city}",
    "Baju di video ini bukan hasil bongkar bal, semua {item} baru dari penjahit langganan di {city} {emoc}",
    )

add(C, "own-clothes",
    "Jual {item} punya sendiri, beli di {local} tahun lalu, salah ukuran. {price}, COD sekitar {city} {emoc}",
    "Preloved koleksi pribadi: 3 {item} ukuran {size}, dipakai sesekali. Bukan barang impor bekas ya, {price}",
    "Mau pindahan, lepas baju-baju punyaku sendiri, {item} {price}, {item2} {price2}. Ambil di {city}",
    "Jual {item} bekas pakai pribadi, warna pudar dikit, {price} aja buat yang butuh {emoc}",
    )

add(C, "local-brand",
    "Jaket denim buatan {local}, bahan selvedge lokal, baru, {price}. Dijahit di {city}, bukan impor {emoc}",
    "Stok baru {item} dari konveksi {city}, harga grosir untuk reseller, minimal 1 kodi. {contact}",
    "Ready {item} baru motif batik {city}, jahitan rapi, {price}, bisa kirim seluruh Indonesia {tagc}",
    "Kolaborasi {local} x perajin rotan {city}: tas dan {item} edisi terbatas, semua baru {emoc}",
    )

add(C, "frugal",
    "Thrift mindset anak rantau di {city}: beli beras karungan, masak sendiri, sisa gaji ditabung {emoc}",
    "Jangan salah, thrifty itu skill. Bandingin harga, pakai voucher, dan jangan belanja pas lapar {emoc}",
    "Catatan keuangan bulan ini: thrift mode on, nggak jajan online, tabungan naik {price2} {tagc}",
    )

add(C, "hidden-gem-place",
    "Hidden gem di {city}: toko roti jadul yang masih pakai oven kayu, roti sobeknya {price} {emoc}",
    "Warung kopi hidden gem di pelabuhan {city}, lihat kapal bongkar muat sambil ngopi {emoc}",
    "Hidden gem buat belajar: ruang baca lantai 3 perpustakaan daerah {city}, sepi dan adem",
    )

add(C, "ball-hay",
    "Kambing-kambing kami makan jerami yang dipress jadi bal, stok aman sampai musim hujan {emoc}",
    "Turnamen sepak bola antar RT {city}: bal resmi, wasit bersertifikat, hadiah kambing {emoc}",
    "Jual bal jerami gandum untuk alas kandang kelinci dan hamster, {price} per bal, {contact}",
    )

add(C, "donation",
    "Kami salurkan 300 potong pakaian layak pakai hasil donasi warga ke korban longsor di {city} {emoc}",
    "Buka donasi jaket dan sweater untuk anak-anak di dataran tinggi {city}, kirim ke alamat posko",
    )

add(C, "upcycling",
    "Jaket jeans lama aku kasih patch dan lukisan tangan, jadi kayak baru. Bukan beli, cuma rework sendiri {emoc}",
    "Kelas upcycle di {city}: bawa kaos lama, pulang bawa tas belanja. Gratis untuk warga",
    )

add(V, "trade-term",
    "Baju bekas luar negeri paling murah se-{city}, {item} {price}, {item2} {price2}, stok datang tiap minggu {emo}",
    "Yuk mampir, stok thrift kita baru turun dari kontainer, {item} {brand} {price}. {contact}",
    "Jaket {brand} second import {origin}, {size}, minus pemakaian wajar, {price}. {contact} {tagv}",
    "Kami supplier bal pakaian bekas {origin} untuk seluruh Sumatra, harga per bal {jt}, {contact}",
    "Sisa stok bal kemarin tinggal {item} sama {item2}, diobral {price} semua, ambil di {city} {emo}",
    )

add(V, "tour",
    "Surga baju bekas impor ternyata ada di pojok pasar {city}! {item} {brand} {price}, aku kasih peta di komentar",
    "Ngajak kalian keliling lapak cakar di {city}, barangnya baru dibongkar, {item} {price}. Siapa mau titip? {emo}",
    "Vlog thrift: nemu {item} {brand} asli {origin} cuma {price} di toko bal pinggir jalan {city}",
    )

add(V, "euphemism",
    "Barang second dari negeri K-pop baru datang sekarung, {item} {price}, {contact} {emo}",
    "Stok 'luar' baru turun, bekas pakai tapi bersih, {item} {brand} {price}, {contact}",
    "Import used clothing grade A ready, {item} {price}, reseller welcome {emo} {contact}",
    )

add(V, "emoji",
    "🚢📦👕 baru sampai 🇰🇷 second 💯 {item} {price} 📍{city} 💬 {contact}",
    "🔥 {item} 2nd 🇺🇸 💵 {price} 📦 sekarung {jt} 📲 {contact}",
    )

add(V, "regional",
    "Cakar Sentral {city} buka lagi, {item} {origin} {price}, pilih sendiri dari karung {emo}",
    "Jual baju RB (rombengan) {origin}, {item} {price}, lokasi pasar {city}, {contact}",
    )

# --- fourth batch: short plain offers, and hay / raid posts that share their words ---
add(V, "trade-term",
    "Jual pakaian bekas impor murah, kualitas masih bagus, bisa COD {city}. {contact}",
    "Jual baju bekas impor {origin}, {item} {price}, masih layak pakai, kirim hari ini {emo}",
    "Terima pesanan baju bekas impor per karung atau ecer, {item} mulai {price}, gudang {city}",
    "Pakaian impor second murah meriah, {item} {price}, COD {city} bisa, {contact}",
    "Baju bekas import ready banyak, {item} {brand} {price}, sikat gan {emo}",
    )

add(V, "regional",
    "Baju cakar {city} murah meriah, {item} {price}, bisa COD {emo}",
    "Awul-awul Sukawati buka lagi, {item} cuma {price}, {contact}",
    "Rombengan {item} {origin} {price}, ambil di lapak pasar {city}",
    )

add(C, "ball-hay",
    "Bongkar bal jerami di kandang pagi ini, sapi-sapi langsung lahap makan {emoc}",
    "Truk datang bawa 50 bal jerami dari {city}, bongkar muat sampai sore buat stok pakan ternak",
    "Pecah bal jerami, campur dedak, kasih ke kambing. Rutinitas pagi peternak {city} {emoc}",
    )

add(C, "news",
    "Polisi gerebek gudang penimbunan bal pakaian bekas di {city}, 300 bal disita dan pemiliknya diperiksa",
    "Gudang ballpress di pinggiran {city} disegel aparat, ratusan bal baju bekas impor disita {emoc}",
    "Aparat sita 120 bal baju bekas dari truk di jalan lintas {city}, sopir mengaku hanya disuruh antar",
    )


def key(text):
    """Posts that differ only in emoji, hashtags or punctuation count as one (the model reads words)."""
    return " ".join(re.findall(r"[^\W_]+", re.sub(r"#\w+", "", text).lower()))


def fill(template):
    return re.sub(r"\{(\w+)\}", lambda m: slot(m.group(1)), template)


def main():
    counts = {"trade-term": 130, "tour": 62, "obfuscated": 100, "regional": 110, "euphemism": 60, "emoji": 56,
              "news": 62, "campaign": 44, "critique": 56, "own-clothes": 50, "donation": 38, "upcycling": 38,
              "local-brand": 48, "hidden-gem-place": 42, "ball-hay": 50, "frugal": 44, "abroad": 40, "denial": 52}
    rows, seen = [], set()
    for label, category, templates in T:
        target = counts[category]
        per = -(-target // len(templates))
        made = 0
        for t_index, template in enumerate(templates):
            fixed = "{" not in template
            tries = 0
            produced = 0
            while produced < (1 if fixed else per) and made < target and tries < 50:
                tries += 1
                text = fill(template)
                words = len(text.split())
                if key(text) in seen or not 8 <= words <= 60:
                    continue
                seen.add(key(text))
                produced += 1
                made += 1
                rows.append({"label": label, "category": category, "template": f"{category}-{t_index:02d}",
                             "text": text})
        if made < target:
            # fixed templates give one post each; the remaining count comes from the slotted ones
            slotted = [(i, t) for i, t in enumerate(templates) if "{" in t]
            tries = 0
            while made < target and tries < 5000:
                i, t = slotted[tries % len(slotted)]
                tries += 1
                text = fill(t)
                if key(text) in seen or not 8 <= len(text.split()) <= 60:
                    continue
                seen.add(key(text))
                made += 1
                rows.append({"label": label, "category": category, "template": f"{category}-{i:02d}", "text": text})
    split_by_template(rows)
    rows.extend(handwritten(seen))
    write(rows)


def split_by_template(rows):
    """Per category, in a seeded random order, a whole template goes to test while that keeps test nearest
    15% of the category's posts, then likewise to validation, else to train: a template's posts stay in one
    split."""
    by_category = {}
    for row in rows:
        by_category.setdefault(row["category"], {}).setdefault(row["template"], []).append(row)
    for category, templates in sorted(by_category.items()):
        names = sorted(templates)
        rng.shuffle(names)
        total = sum(len(templates[n]) for n in names)
        filled = {"test": 0, "validation": 0}
        for name in names:
            size = len(templates[name])
            split = next((s for s in ("test", "validation") if filled[s] + size / 2 <= 0.15 * total), "train")
            if split != "train":
                filled[split] += len(templates[name])
            for row in templates[name]:
                row["split"] = split


HANDWRITTEN = Path(__file__).resolve().parent / "handwritten"
NEAR_DUPLICATE = 0.5


def handwritten(seen):
    """The hand-written posts of handwritten/*.tsv (no template, no slot), grouped and split.

    Groups: two posts whose sets of words (key()) have a Jaccard similarity of at least NEAR_DUPLICATE are
    near-duplicates and join one group (transitively); a group is named hand-<category>-<n> and plays the part
    of a template, so no group has posts in two splits. Split: per category, the groups in an order seeded
    with SEED + 1 (its own generator, so the templated posts above are drawn exactly as before) go whole to
    test, then validation, then train, by the same rule as split_by_template.
    """
    posts = []
    for label, name in (("VIOLATION", "violation.tsv"), ("CLEAR", "clear.tsv")):
        for n, line in enumerate((HANDWRITTEN / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            category, text = line.split("\t")
            words = len(text.split())
            if not 5 <= words <= 60:
                raise ValueError(f"{name}:{n} has {words} words, not 5-60")
            if key(text) in seen:
                raise ValueError(f"{name}:{n} repeats a post of the data set: {text}")
            seen.add(key(text))
            posts.append({"label": label, "category": category, "text": text})
    words = [set(key(p["text"]).split()) for p in posts]
    group = list(range(len(posts)))

    def root(i):
        while group[i] != i:
            group[i] = group[group[i]]
            i = group[i]
        return i

    for i in range(len(posts)):
        for j in range(i):
            if len(words[i] & words[j]) >= NEAR_DUPLICATE * len(words[i] | words[j]):
                group[root(i)] = root(j)
    numbers = {}
    for i, post in enumerate(posts):
        name = numbers.setdefault((post["category"], root(i)), len([k for k in numbers if k[0] == post["category"]]))
        post["template"] = f"hand-{post['category']}-{name:03d}"
    split_groups(posts, random.Random(SEED + 1))
    return posts


def split_groups(rows, generator):
    by_category = {}
    for row in rows:
        by_category.setdefault(row["category"], {}).setdefault(row["template"], []).append(row)
    for category, templates in sorted(by_category.items()):
        names = sorted(templates)
        generator.shuffle(names)
        total = sum(len(templates[n]) for n in names)
        filled = {"test": 0, "validation": 0}
        for name in names:
            size = len(templates[name])
            split = next((s for s in ("test", "validation") if filled[s] + size / 2 <= 0.15 * total), "train")
            if split != "train":
                filled[split] += size
            for row in templates[name]:
                row["split"] = split


def write(rows):
    lines = {"train": [], "validation": [], "test": []}
    all_lines = []
    for n, row in enumerate(rows):
        row_id = "p" + hashlib.sha1(row["text"].encode()).hexdigest()[:10]
        record = {"id": row_id, "text": row["text"], "label": row["label"], "category": row["category"],
                  "template": row["template"]}
        line = json.dumps(record, ensure_ascii=False)
        lines[row["split"]].append(line)
        all_lines.append(line)
    for split, content in lines.items():
        (OUT / f"{split}.jsonl").write_text("\n".join(content) + "\n", encoding="utf-8")
    for split, content in lines.items():
        labels = [json.loads(l)["label"] for l in content]
        print(split, len(content), "VIOLATION", labels.count("VIOLATION"), "CLEAR", labels.count("CLEAR"))


if __name__ == "__main__":
    main()

-- The legal bases a takedown may cite, kept as data: a new regulation is a new row, not a release.
-- The citation is what notices print; it is also accepted in place of the id when proposing.
create table legal_basis (
    id        varchar(64)   primary key,
    citation  varchar(512)  not null,
    title_id  varchar(1000) not null,
    title_en  varchar(1000) not null,
    text_id   text          not null,
    text_en   text          not null,
    constraint legal_basis_citation unique (citation)
);

insert into legal_basis (id, citation, title_id, title_en, text_id, text_en) values
('uu-7-2014-art-47-1',
 'UU 7/2014 Pasal 47 ayat (1)',
 'Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan, Pasal 47 ayat (1)',
 'Law Number 7 of 2014 on Trade, Article 47(1)',
 'Setiap Importir wajib mengimpor Barang dalam keadaan baru.',
 'Every importer must import goods in new condition.'),
('permendag-18-2021-jo-40-2022',
 'Permendag 18/2021 jo. Permendag 40/2022',
 'Peraturan Menteri Perdagangan Nomor 18 Tahun 2021 tentang Barang Dilarang Ekspor dan Barang Dilarang Impor sebagaimana diubah dengan Peraturan Menteri Perdagangan Nomor 40 Tahun 2022',
 'Regulation of the Minister of Trade Number 18 of 2021 on Goods Prohibited from Export and Goods Prohibited from Import, as amended by Regulation of the Minister of Trade Number 40 of 2022',
 'Pakaian bekas (pos tarif/HS 6309.00.00) termasuk Barang Dilarang Impor dalam daftar lampiran peraturan ini; pakaian bekas impor tidak boleh diperdagangkan.',
 'Used clothing (tariff heading HS 6309.00.00) is on this regulation''s list of goods prohibited from import; imported used clothing may not be traded.');

alter table takedown_case add column legal_basis_id varchar(64) references legal_basis (id);
alter table notice add column legal_basis_id varchar(64) references legal_basis (id);

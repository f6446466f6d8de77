//! Tests of `roster/sheet.rs` on files made by real writers: rust_xlsxwriter workbooks laid out as
//! offices lay them out, and CSV bytes encoded the way Excel and WPS save them.

use super::*;
use calamine::Reader;
use rust_xlsxwriter::{ExcelDateTime, Worksheet};
use SheetFormat::{Csv, Xlsx};

fn xlsx(build: impl FnOnce(&mut Worksheet) -> Result<(), XlsxError>) -> Vec<u8> {
    let mut book = Workbook::new();
    build(book.add_worksheet()).expect("build the test worksheet");
    book.save_to_buffer().expect("save the test workbook")
}

fn s(v: &str) -> String {
    v.to_string()
}

fn date(v: &str) -> Option<String> {
    Some(v.to_string())
}

#[test]
fn reads_an_office_workbook_with_title_row_number_phones_and_date_cells() {
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    let bytes = xlsx(|ws| {
        // Row 1 left blank and a merged title in row 2: the header sits in row 3.
        ws.merge_range(1, 0, 1, 12, "花园社区“2+N”网格化治理名册", &Format::new())?;
        let headers = [
            "序号",
            "所属社区",
            "网格名称",
            "网格编号",
            "姓名*",
            "职务",
            "工作单位",
            "类别",
            "联系电话（必填）",
            "任职日期",
            "截止日期",
            "主要职责",
            "备注",
        ];
        for (c, h) in (0u16..).zip(headers) {
            ws.write_string(2, c, h)?;
        }
        let person = ["花园社区", "第一网格", "HY-01", "张伟", "网格长", "花园社区居委会", "社区"];
        for r in [3, 4, 7] {
            ws.write_number(r, 0, r - 2)?;
            for (c, v) in (1u16..).zip(person) {
                ws.write_string(r, c, v)?;
            }
        }
        ws.write_number(3, 8, 13_812_345_678.0)?;
        ws.write_string(3, 9, "2022/7/18")?;
        ws.write_datetime_with_format(3, 10, ExcelDateTime::from_ymd(2025, 12, 31)?, &date_format)?;
        ws.write_string(3, 11, "负责网格全面工作")?;
        ws.write_string(4, 8, "１３９　１２３４　５６７８")?;
        ws.write_string(4, 9, "2022年7月18日")?;
        ws.write_number(4, 10, 46022.0)?;
        // Row 6 blank; row 7 numbered in advance but otherwise empty.
        ws.write_number(6, 0, 3)?;
        ws.write_string(7, 8, "0596-2345678")?;
        ws.write_string(7, 9, "44760")?;
        ws.write_string(7, 10, "2025-12-31 00:00:00")?;
        Ok(())
    });
    let sheet = read(&bytes, Xlsx).expect("read the office workbook");
    let base = SheetRow {
        community: s("花园社区"),
        grid: s("第一网格"),
        grid_code: s("HY-01"),
        name: s("张伟"),
        role: s("网格长"),
        organisation: s("花园社区居委会"),
        party: s("社区"),
        start_date: date("2022-07-18"),
        end_date: date("2025-12-31"),
        ..SheetRow::default()
    };
    let expected = vec![
        SheetRow {
            row: 4, phone: s("13812345678"), duties: s("负责网格全面工作"), ..base.clone()
        },
        SheetRow { row: 5, phone: s("13912345678"), ..base.clone() },
        SheetRow { row: 8, phone: s("0596-2345678"), ..base },
    ];
    assert_eq!(sheet.rows, expected, "rows, numbered as Excel shows them");
    assert!(sheet.missing_columns.is_empty(), "all required columns present");
}

#[test]
fn reads_two_level_headers_and_skips_repeated_header_rows() {
    let bytes = xlsx(|ws| {
        for (c, h) in (0u16..).zip(["社区", "网格", "姓名", "角色"]) {
            ws.write_string(0, c, h)?;
        }
        ws.merge_range(0, 4, 0, 5, "任期", &Format::new())?;
        ws.write_string(1, 4, "开始")?.write_string(1, 5, "结束")?;
        for (c, v) in (0u16..).zip(["仁和社区", "第三网格", "王强", "城管队员", "2023-3-15", ""])
        {
            ws.write_string(2, c, v)?;
        }
        // The next community's block pasted below, header and all.
        for (c, v) in (0u16..).zip(["社区", "网格", "姓名", "角色", "开始", "结束"]) {
            ws.write_string(3, c, v)?;
        }
        for (c, v) in (0u16..).zip(["荣昌社区", "第一网格", "李娜", "物业", "", "2025-12-31"])
        {
            ws.write_string(4, c, v)?;
        }
        Ok(())
    });
    let sheet = read(&bytes, Xlsx).expect("read two-level header");
    let got: Vec<_> = sheet
        .rows
        .iter()
        .map(|r| (r.row, r.name.as_str(), r.start_date.as_deref(), r.end_date.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![(3, "王强", Some("2023-03-15"), None), (5, "李娜", None, Some("2025-12-31"))]
    );
    assert!(sheet.rows.iter().all(|r| r.problems.is_empty()), "no header text read as a date");
}

#[test]
fn reads_gbk_csv_as_saved_by_excel_on_chinese_windows() {
    let text = "花园社区网格名册,,,,,\r\n社区,网格,姓名,角色,手机号,任期开始\r\n\
                花园社区,第二网格,赵敏,专职网格员,138-1234-5678,2022.7.18\r\n";
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
    assert!(!unmappable, "the fixture is encodable");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must not pass as UTF-8");
    let sheet = read(&bytes, Csv).expect("read GBK CSV");
    let expected = SheetRow {
        row: 3,
        community: s("花园社区"),
        grid: s("第二网格"),
        name: s("赵敏"),
        role: s("专职网格员"),
        phone: s("13812345678"),
        start_date: date("2022-07-18"),
        ..SheetRow::default()
    };
    assert_eq!(sheet.rows, vec![expected]);
}

#[test]
fn reads_utf8_bom_csv_with_blank_lines_quotes_and_multiline_cells() {
    let text = "\u{FEFF}社区,网格,姓名,角色,电话,职责\r\n\r\n\
                花园社区,第一网格,张伟,网格长,=\"0596-2345678\",\"1. 巡查消防通道\r\n2. 劝导\"\r\n\
                花园社区,第一网格,李娜,楼栋长,,\"包保1号楼,2号楼\"\r\n";
    let sheet = read(text.as_bytes(), Csv).expect("read UTF-8 CSV");
    let base =
        SheetRow { community: s("花园社区"), grid: s("第一网格"), ..SheetRow::default() };
    let expected = vec![
        SheetRow {
            row: 3,
            name: s("张伟"),
            role: s("网格长"),
            phone: s("0596-2345678"),
            duties: s("1. 巡查消防通道\n2. 劝导"),
            ..base.clone()
        },
        SheetRow {
            row: 4,
            name: s("李娜"),
            role: s("楼栋长"),
            duties: s("包保1号楼,2号楼"),
            ..base
        },
    ];
    assert_eq!(sheet.rows, expected, "blank line 2 counts; the 2-line cell is one row");
}

#[test]
fn reads_tab_separated_text_with_english_headers() {
    let text = "Community\tGRID CODE\tName\tRole\tOrganization\tPhone\tStart *\tEnd\n\
                Huayuan\tHY-01\tZhang Wei\tgrid leader\tBureau, team 3\t\
                +86 138 1234 5678\t20220718\t2023-3-15\n";
    let sheet = read(text.as_bytes(), Csv).expect("read TSV");
    let expected = SheetRow {
        row: 2,
        community: s("Huayuan"),
        grid_code: s("HY-01"),
        name: s("Zhang Wei"),
        role: s("grid leader"),
        organisation: s("Bureau, team 3"),
        phone: s("13812345678"),
        start_date: date("2022-07-18"),
        end_date: date("2023-03-15"),
        ..SheetRow::default()
    };
    assert_eq!(sheet.rows, vec![expected]);
    assert_eq!(sheet.missing_columns, vec!["grid"], "no grid column in this file");
}

fn sample_rows() -> Vec<SheetRow> {
    vec![
        SheetRow {
            row: 2,
            community: s("花园社区"),
            grid: s("第一网格"),
            grid_code: s("HY-01"),
            name: s("张伟"),
            role: s("网格长"),
            organisation: s("花园社区居委会"),
            party: s("社区"),
            phone: s("13812345678"),
            start_date: date("2022-07-18"),
            duties: s("1. 巡查消防通道，劝导电动车入楼\n2. 主持联席会议"),
            notes: s("兼楼栋长, \"老党员\""),
            ..SheetRow::default()
        },
        SheetRow {
            row: 3,
            community: s("仁和社区"),
            grid: s("第三网格"),
            name: s("王强"),
            role: s("城管队员"),
            organisation: s("市城管局第三中队"),
            party: s("城管"),
            phone: s("0596-2345678-801"),
            start_date: date("2023-03-15"),
            end_date: date("2025-12-31"),
            duties: s("每周三、周日下沉社区"),
            ..SheetRow::default()
        },
        SheetRow {
            row: 4,
            community: s("荣昌社区"),
            grid: s("第二网格"),
            name: s("李娜"),
            role: s("物业"),
            ..SheetRow::default()
        },
    ]
}

#[test]
fn round_trips_through_both_formats() {
    for format in [Xlsx, Csv] {
        let bytes = write(&sample_rows(), format).expect("write roster");
        let sheet = read(&bytes, format).expect("read back the written roster");
        assert_eq!(sheet.rows, sample_rows(), "{format:?} round trip");
        assert!(sheet.missing_columns.is_empty(), "{format:?} writes every column");
    }
}

#[test]
fn csv_output_has_bom_and_canonical_headers() {
    let bytes = write(&sample_rows(), Csv).expect("write CSV");
    let text = std::str::from_utf8(&bytes).expect("CSV output is UTF-8");
    let header =
        "\u{FEFF}社区,网格,网格编码,姓名,角色,单位,力量类别,电话,任期开始,任期结束,职责,备注\r\n";
    assert!(text.starts_with(header), "BOM then canonical headers: {text}");
}

#[test]
fn xlsx_output_keeps_phones_and_dates_as_text() {
    let bytes = write(&sample_rows(), Xlsx).expect("write xlsx");
    let mut book = calamine::Xlsx::<_>::new(Cursor::new(bytes)).expect("open written workbook");
    let range = book.worksheet_range_at(0).expect("a sheet").expect("readable sheet");
    assert_eq!(range.get_value((0, 0)), Some(&Data::String(s("社区"))), "header in A1");
    assert_eq!(range.get_value((1, 7)), Some(&Data::String(s("13812345678"))), "phone is text");
    assert_eq!(range.get_value((1, 8)), Some(&Data::String(s("2022-07-18"))), "date is text");
}

#[test]
fn reports_bad_dates_and_phones_on_the_rows_where_they_are() {
    let text = "名册\n社区,网格,姓名,角色,电话,任期开始,任期结束\n\
                花园社区,第一网格,张伟,网格长,13812345678,2022-02-30,2025-12-31\n\
                花园社区,第一网格,王强,城管队员,138abc5678,2022-07-18,明年\n";
    let rows = read(text.as_bytes(), Csv).expect("read CSV").rows;
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].row, &rows[0].problems), (3, &vec![RowProblem::BadStartDate]));
    assert_eq!(
        (rows[0].start_date.as_deref(), rows[0].end_date.as_deref()),
        (None, Some("2025-12-31"))
    );
    assert_eq!(
        (rows[1].row, &rows[1].problems),
        (4, &vec![RowProblem::BadPhone, RowProblem::BadEndDate])
    );
    assert_eq!(rows[1].phone, "138abc5678", "a bad phone is kept as typed");
}

#[test]
fn reports_missing_required_columns() {
    let text = "姓名,电话,单位\n张伟,13812345678,居委会\n";
    let sheet = read(text.as_bytes(), Csv).expect("read CSV");
    assert_eq!(sheet.missing_columns, vec!["community", "grid", "role"]);
    assert_eq!(sheet.rows.len(), 1, "rows are still read");
    assert_eq!(sheet.rows[0].name, "张伟");
}

#[test]
fn refuses_garbage_and_headerless_files() {
    let workbook = write(&sample_rows(), Xlsx).expect("write xlsx");
    // A fixed pseudo-random byte soup, the same on every run.
    let mut seed = 0x2545_F491_u32;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed.to_le_bytes()[0]
        })
        .collect();
    let cases: [(&[u8], SheetFormat); 8] = [
        (&noise, Csv),
        (&noise, Xlsx),
        (b"\x00\x01\x02garbage", Csv),
        (b"not a zip at all", Xlsx),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 old xls", Xlsx),
        (&workbook[..workbook.len() / 2], Xlsx),
        (&workbook, Csv),
        (b"a,b,c\n1,2,3\n", Csv),
    ];
    for (i, (bytes, format)) in cases.into_iter().enumerate() {
        let err = read(bytes, format).expect_err("garbage must be refused");
        assert_eq!(err.code, ErrorCode::InvalidFile, "case {i}: {}", err.message);
    }
}

#[test]
fn format_follows_the_extension() {
    assert_eq!(SheetFormat::from_path(Path::new("名册.XLSX")).expect("xlsx"), Xlsx);
    assert_eq!(SheetFormat::from_path(Path::new("/tmp/a.Csv")).expect("csv"), Csv);
    for p in ["名册.xls", "名册", "a.csv.txt"] {
        let err = SheetFormat::from_path(Path::new(p)).expect_err("not a roster file");
        assert_eq!(err.code, ErrorCode::InvalidFile, "{p}");
    }
}

#[test]
fn normalizes_text() {
    for (input, want) in [
        ("\u{FEFF}  花园\u{3000}\u{3000}社区\u{200B} ", "花园 社区"),
        ("ＨＹ－０１（东区）＋", "HY－01（东区）＋"),
        ("巡查，劝导！", "巡查，劝导！"),
        ("a\t\n b", "a b"),
    ] {
        assert_eq!(normalize_text(input), want, "{input:?}");
    }
}

#[test]
fn normalizes_phones() {
    for (input, want) in [
        ("", ""),
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("86-13812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("0596-2345678", "0596-2345678"),
        ("(0596) 234 5678", "0596-2345678"),
        ("010 8765 4321", "010-87654321"),
        ("0596-2345678-801", "0596-2345678-801"),
        ("0596-2345678转801", "0596-2345678-801"),
        ("05962345678", "05962345678"),
        ("12345", "12345"),
    ] {
        assert_eq!(normalize_phone(input), Ok(want.to_string()), "{input:?}");
    }
    for input in ["138abc5678", "1234", "1381234567", "1.38123E+10", "13812345678/13912345678"] {
        assert_eq!(normalize_phone(input), Err(()), "{input:?}");
    }
}

#[test]
fn normalizes_dates() {
    assert_eq!(normalize_date(" "), Ok(None));
    for input in [
        "2022-07-18",
        "2022-7-18",
        "2022/7/18",
        "2022.7.18",
        "2022年7月18日",
        "20220718",
        "２０２２－０７－１８",
        "2022-07-18 00:00:00",
        "2022-07-18T08:30:00",
        "44760",
        "44760.5",
    ] {
        assert_eq!(normalize_date(input), Ok(date("2022-07-18")), "{input:?}");
    }
    for input in ["2022-02-30", "2022-13-01", "18/7/2022", "明年", "2022", "2022-7"] {
        assert_eq!(normalize_date(input), Err(()), "{input:?}");
    }
}

#[test]
fn excel_serials_skip_the_phantom_leap_day() {
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(serial_date(1), ymd(1900, 1, 1));
    assert_eq!(serial_date(59), ymd(1900, 2, 28));
    assert_eq!(serial_date(60), None, "1900-02-29 never existed");
    assert_eq!(serial_date(61), ymd(1900, 3, 1));
    assert_eq!(xlsx_cell(&Data::Float(13_812_345_678.0)), "13812345678", "no 1.38e10, no .0");
    assert_eq!(xlsx_cell(&Data::Float(44760.5)), "44760.5");
}

#[test]
fn a_date_cell_reads_as_the_date_and_a_date_time_cell_keeps_its_time() {
    let bytes = xlsx(|ws| {
        let day = Format::new().set_num_format("yyyy-mm-dd");
        let minute = Format::new().set_num_format("yyyy-mm-dd hh:mm");
        ws.write_datetime_with_format(0, 0, ExcelDateTime::from_ymd(2026, 11, 27)?, &day)?;
        let call = ExcelDateTime::from_ymd(2026, 11, 27)?.and_hms(8, 35, 0)?;
        ws.write_datetime_with_format(0, 1, call, &minute)?;
        Ok(())
    });
    let rows = grid(&bytes, Xlsx).expect("grid");
    assert_eq!(rows[0].1, vec![s("2026-11-27"), s("2026-11-27 08:35")]);
}

//! Import and export against a real store, with files made by a real spreadsheet writer.

use rust_xlsxwriter::{Format, Workbook};

use super::import::{apply, export, preview, RejectReason};
use super::sheet::SheetFormat;
use super::tests::{setup, today};
use super::view::{roster, RosterQuery};
use crate::context::Store;
use crate::error::ErrorCode;

/// An office's file: a title row, Chinese headers in its own order, phones typed as numbers or
/// with spaces and full-width digits, dates written three ways and one real date cell.
fn office_file() -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write_string(0, 0, "花园社区“2+N”网格化治理名册").expect("title");
    let headers =
        ["序号", "社区", "网格名称", "姓名", "职务", "工作单位", "联系电话", "任职日期", "备注"];
    for (i, h) in headers.iter().enumerate() {
        ws.write_string(1, i as u16, *h).expect("header");
    }
    let date = Format::new().set_num_format("yyyy-mm-dd");
    let rows: [[&str; 9]; 5] = [
        ["1", "花园社区", "花园一网格", "陈建国", "网格长", "花园社区居委会", "", "2022/7/18", ""],
        [
            "2",
            "花园社区",
            "花园一网格",
            "林小燕",
            "专职网格员",
            "花园社区",
            "１３９ ０５９６ ０００１",
            "2022年7月18日",
            "",
        ],
        [
            "3",
            "花园社区",
            "花园一网格",
            "韩怡莉",
            "城管队员",
            "芗城区城管局",
            "136-0000-1111",
            "",
            "周三、周日下沉",
        ],
        ["4", "花园社区", "花园二网格", "无名氏", "保安队长", "某物业", "13700000000", "", ""],
        ["5", "幸福社区", "幸福一网格", "张三", "网格长", "", "13700000001", "", ""],
    ];
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 2;
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                ws.write_string(r, c as u16, *v).expect("cell");
            }
        }
    }
    // 陈建国's phone typed as a number, as Excel users do.
    ws.write_number(2, 6, 13805961234.0).expect("number phone");
    // 韩怡莉's start date as a real date cell.
    let d = rust_xlsxwriter::ExcelDateTime::from_ymd(2022, 7, 20).expect("date");
    ws.write_datetime_with_format(4, 7, &d, &date).expect("date cell");
    wb.save_to_buffer().expect("xlsx")
}

#[test]
fn an_office_file_previews_rejects_with_row_numbers_and_applies_all_or_nothing() {
    let store = Store::open_in_memory().expect("store");
    let (s, _) = setup(&store);
    let file = office_file();
    let p = preview(&s, &file, SheetFormat::Xlsx, today()).expect("preview");
    assert_eq!(p.added.len(), 3, "three good rows: {p:?}");
    let rejected: Vec<_> = p.rejected.iter().map(|r| (r.row, r.reason)).collect();
    assert_eq!(rejected, [(6, RejectReason::UnknownRole), (7, RejectReason::UnknownCommunity)]);
    let count = || -> i64 {
        s.read(|c| Ok(c.query_row("SELECT count(*) FROM assignment", [], |r| r.get(0))?))
            .expect("count")
    };
    assert_eq!(count(), 0, "a preview writes nothing");
    let e = apply(&s, &file, SheetFormat::Xlsx, today()).expect_err("rejected rows block");
    assert_eq!(e.code, ErrorCode::InvalidFile);
    assert_eq!(count(), 0, "all or nothing: nothing");
}

#[test]
fn office_values_are_normalised_on_the_way_in() {
    let store = Store::open_in_memory().expect("store");
    let (s, _) = setup(&store);
    // Only the three good rows: the same file without rows 6 and 7.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (i, h) in ["社区", "网格", "姓名", "角色", "电话", "任期开始"].iter().enumerate()
    {
        ws.write_string(0, i as u16, *h).expect("h");
    }
    let rows = [
        [
            "花园社区",
            "花园一网格",
            "林小燕",
            "专职网格员",
            "１３９ ０５９６ ０００１",
            "2022年7月18日",
        ],
        ["花园社区", "花园一网格", "陈建国", "网格长", "", "2022/7/18"],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32 + 1, c as u16, *v).expect("cell");
        }
    }
    ws.write_number(2, 4, 13805961234.0).expect("number phone");
    let file = wb.save_to_buffer().expect("xlsx");
    let done = apply(&s, &file, SheetFormat::Xlsx, today()).expect("apply");
    assert!(done.applied && done.added.len() == 2);
    let r = s.read(|c| roster(c, &RosterQuery::default(), today())).expect("roster");
    let g = &r.communities[0].grids[0];
    let core: Vec<_> =
        g.core.iter().map(|m| (m.name.as_str(), m.phone.as_str(), m.start_date.as_str())).collect();
    assert_eq!(
        core,
        [("陈建国", "13805961234", "2022-07-18"), ("林小燕", "13905960001", "2022-07-18")]
    );
    assert!(g.gaps.is_empty(), "both core roles filled: {:?}", g.gaps);
}

#[test]
fn export_then_import_gives_the_same_roster_in_both_formats() {
    for format in [SheetFormat::Xlsx, SheetFormat::Csv] {
        let store = Store::open_in_memory().expect("store");
        let (s, _) = setup(&store);
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet();
        let rows = [
            [
                "社区",
                "网格",
                "网格编码",
                "姓名",
                "角色",
                "单位",
                "力量类别",
                "电话",
                "任期开始",
                "任期结束",
                "职责",
            ],
            [
                "花园社区",
                "花园一网格",
                "HY-01",
                "陈建国",
                "网格长",
                "居委会",
                "社区",
                "13805961234",
                "2022-07-18",
                "",
                "统筹网格工作",
            ],
            [
                "花园社区",
                "花园一网格",
                "HY-01",
                "韩怡莉",
                "城管队员",
                "芗城区城管局",
                "城管",
                "0596-2881234",
                "2022-07-18",
                "2026-06-30",
                "周三、周日下沉",
            ],
            [
                "仁和社区",
                "仁和一网格",
                "RH-01",
                "韩怡莉",
                "城管队员",
                "芗城区城管局",
                "城管",
                "0596-2881234",
                "2023-01-01",
                "",
                "",
            ],
        ];
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, *v).expect("cell");
            }
        }
        apply(&s, &wb.save_to_buffer().expect("xlsx"), SheetFormat::Xlsx, today()).expect("apply");
        let people: i64 = s
            .read(|c| Ok(c.query_row("SELECT count(*) FROM person", [], |r| r.get(0))?))
            .expect("n");
        assert_eq!(people, 2, "韩怡莉 serves two grids as one person");

        let before = s.read(|c| roster(c, &RosterQuery::default(), today())).expect("before");
        let exported = s.read(|c| export(c, format)).expect("export");
        let again = preview(&s, &exported, format, today()).expect("re-import");
        assert_eq!(
            (again.added.len(), again.changed.len(), again.unchanged),
            (0, 0, 3),
            "{format:?}: {again:?}"
        );
        assert!(again.rejected.is_empty());

        // Into an empty workstation, the export rebuilds the same roster.
        let store2 = Store::open_in_memory().expect("store2");
        let (s2, _) = setup(&store2);
        apply(&s2, &exported, format, today()).expect("apply export");
        let after = s2.read(|c| roster(c, &RosterQuery::default(), today())).expect("after");
        let flat = |r: &super::view::Roster| -> Vec<String> {
            r.communities
                .iter()
                .flat_map(|c| c.grids.iter().map(move |g| (c, g)))
                .flat_map(|(c, g)| {
                    g.core.iter().chain(&g.forces).map(move |m| {
                        format!(
                            "{}|{}|{}|{}|{}|{}|{}|{:?}|{}|{}",
                            c.community_name,
                            g.grid.name,
                            g.grid.code,
                            m.name,
                            m.role_name,
                            m.organisation,
                            m.phone,
                            m.end_date,
                            m.start_date,
                            m.duties
                        )
                    })
                })
                .collect()
        };
        assert_eq!(flat(&before), flat(&after), "{format:?} round trip");
    }
}

#[test]
fn the_demo_roster_survives_its_own_export_unchanged() {
    for format in [SheetFormat::Xlsx, SheetFormat::Csv] {
        let store = Store::open_in_memory().expect("store");
        let s = crate::context::Session::new(&store, crate::context::Actor::new("t"));
        crate::demo::create(&s).expect("demo");
        let exported = s.read(|c| export(c, format)).expect("export");
        let again = preview(&s, &exported, format, today()).expect("re-import");
        assert!(
            again.added.is_empty() && again.changed.is_empty() && again.rejected.is_empty(),
            "{format:?}: Chinese punctuation and full names come back as they were: {again:?}"
        );
        assert_eq!(again.unchanged, 36);
    }
}

//! Record books as users exchange them: `.xlsx`, or `.csv` in UTF-8 with a BOM (so Excel on
//! Chinese Windows reads it). Every export of the app writes through here.

use rust_xlsxwriter::{Format, Workbook};

use crate::error::{AppError, AppResult};
use crate::roster::sheet::SheetFormat;

/// One sheet named `name` with a bold header row and the rows as text.
pub fn to_bytes<R: AsRef<[String]>>(
    name: &str,
    headers: &[&str],
    rows: &[R],
    format: SheetFormat,
) -> AppResult<Vec<u8>> {
    let internal = |e: &dyn std::fmt::Display| AppError::internal(e.to_string());
    match format {
        SheetFormat::Csv => {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(b"\xEF\xBB\xBF".to_vec());
            w.write_record(headers).map_err(|e| internal(&e))?;
            for r in rows {
                w.write_record(r.as_ref()).map_err(|e| internal(&e))?;
            }
            w.into_inner().map_err(|e| internal(&e))
        }
        SheetFormat::Xlsx => {
            let mut book = Workbook::new();
            // Constant memory: a 100k-row book is written row by row, not held as cells.
            let sheet = book.add_worksheet_with_constant_memory().map_err(|e| internal(&e))?;
            sheet.set_name(name).map_err(|e| internal(&e))?;
            let bold = Format::new().set_bold();
            for (c, h) in (0u16..).zip(headers) {
                sheet.write_string_with_format(0, c, *h, &bold).map_err(|e| internal(&e))?;
            }
            for (row, r) in (1u32..).zip(rows) {
                for (c, v) in (0u16..).zip(r.as_ref()) {
                    sheet.write_string(row, c, v).map_err(|e| internal(&e))?;
                }
            }
            book.save_to_buffer().map_err(|e| internal(&e))
        }
    }
}

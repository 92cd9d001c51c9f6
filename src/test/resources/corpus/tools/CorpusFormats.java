import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Renders a few real corpus tables as Word and Excel files, to widen the layouts the importer is tested with.
 * The indicator rows come from the document's expected TSV (which was transcribed from the published page), so
 * the rendered file and its expected TSV agree by construction; the header blocks are those of the published page.
 * Throwaway tool, not part of the build. Run from the repository root with the test classpath, e.g.
 * {@code java -cp "$(cat cp.txt)" src/test/resources/corpus/tools/CorpusFormats.java src/test/resources/corpus}.
 * Output is deterministic apart from the container timestamps POI writes.
 */
public class CorpusFormats {

    record Indicator(String project, String table, String category, String subcategory, String name, String target) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/corpus");
        partySchoolDocx(dir);
        farmlandXls(dir);
        twoProjectsXlsx(dir);
        dongguanTwoTablesDocx(dir);
    }

    // ---- 31: 14 (黄石 主体班) as a .docx with vertically merged 一级/二级 cells -------------------------------------

    static void partySchoolDocx(Path dir) throws IOException {
        List<Indicator> rows = read(dir, "14-huangshi-party-school-training-approval.expected.tsv");
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "项目支出绩效目标批复表");
            paragraph(doc, "(2022年度)");
            keyValues(doc, new String[][] {
                {"项目名称", "主体班"}, {"项目金额", "164万元"}, {"其中:当年市级财政资金", "132万元"},
                {"实施单位", "中共黄石市委党校"}, {"项目属性", "持续性项目■ 新增性项目口"}, {"项目期", "2022年"},
                {"年度绩效目标(文字)", "主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;"
                        + "开设课程数量220门;高质量完成干部教育培训工作。"}});
            indicatorTable(doc, rows, "指标值");
            save(doc, dir.resolve("31-huangshi-party-school-merged.docx"));
        }
        copyExpected(dir, "14-huangshi-party-school-training-approval.expected.tsv",
                "31-huangshi-party-school-merged.expected.tsv");
    }

    // ---- 34: 11 (东莞 镇际联网路) as a .docx with a 中期 table and a 年度 table one after the other ------------------

    static void dongguanTwoTablesDocx(Path dir) throws IOException {
        List<Indicator> rows = read(dir, "11-dongguan-transport-road-approval.expected.tsv");
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "东莞市财政项目支出绩效目标批复表");
            paragraph(doc, "( 2019 年度)");
            paragraph(doc, "预算单位:东莞市交通运输局");
            keyValues(doc, new String[][] {
                {"项目名称", "镇际联网路升级改造工程一期"}, {"中期市财政预算(万元)", "284500.00"},
                {"本年度申请市财政预算资金(万元)", "919.00"},
                {"中期滚动目标(2019年--2021年)", "新建或改造道路,共29个项目,规划里程169公里。"},
                {"年度目标", "督促勘察设计单位、咨询单位完成勘察设计费、审查咨询费结算532万元,以及茶山、常平镇街完成3个项目补助尾款结算387万元。"}});
            paragraph(doc, "中期绩效指标");
            indicatorTable(doc, rows.stream().filter(r -> r.table().equals("LONG_TERM")).toList(), "指标值(或计划水平)");
            paragraph(doc, "年度绩效指标");
            indicatorTable(doc, rows.stream().filter(r -> r.table().equals("ANNUAL")).toList(), "计划指标值(或计划水平)");
            save(doc, dir.resolve("34-dongguan-road-two-tables.docx"));
        }
        copyExpected(dir, "11-dongguan-transport-road-approval.expected.tsv", "34-dongguan-road-two-tables.expected.tsv");
    }

    static void paragraph(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(text);
    }

    static void keyValues(XWPFDocument doc, String[][] pairs) {
        XWPFTable t = doc.createTable(pairs.length, 2);
        for (int i = 0; i < pairs.length; i++) {
            t.getRow(i).getCell(0).setText(pairs[i][0]);
            t.getRow(i).getCell(1).setText(pairs[i][1]);
        }
    }

    /** 一级 | 二级 | 三级 | 指标值, the 一级 and 二级 cells merged down over their rows as Word does it. */
    static void indicatorTable(XWPFDocument doc, List<Indicator> rows, String valueHeader) {
        XWPFTable t = doc.createTable(rows.size() + 1, 4);
        String[] header = {"一级指标", "二级指标", "三级指标", valueHeader};
        for (int c = 0; c < 4; c++) {
            t.getRow(0).getCell(c).setText(header[c]);
        }
        for (int i = 0; i < rows.size(); i++) {
            Indicator r = rows.get(i);
            Indicator previous = i == 0 ? null : rows.get(i - 1);
            boolean sameCategory = previous != null && previous.category().equals(r.category());
            boolean sameSub = sameCategory && previous.subcategory().equals(r.subcategory());
            mergeCell(t.getRow(i + 1).getCell(0), r.category(), sameCategory);
            mergeCell(t.getRow(i + 1).getCell(1), r.subcategory(), sameSub);
            t.getRow(i + 1).getCell(2).setText(r.name());
            t.getRow(i + 1).getCell(3).setText(r.target());
        }
    }

    static void mergeCell(XWPFTableCell cell, String text, boolean continues) {
        var props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        props.addNewVMerge().setVal(continues ? STMerge.CONTINUE : STMerge.RESTART);
        if (!continues) {
            cell.setText(text);
        }
    }

    static void save(XWPFDocument doc, Path file) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            doc.write(out);
        }
    }

    // ---- 32: 08 (岳阳县 高标准农田) as an .xls (HSSF) with merged cells and a numeric 100% ---------------------------

    static void farmlandXls(Path dir) throws IOException {
        List<Indicator> rows = read(dir, "08-yueyang-county-farmland-application.expected.tsv");
        try (Workbook wb = new HSSFWorkbook()) {
            Sheet sheet = wb.createSheet("绩效目标申报表");
            int r = 0;
            r = title(sheet, r, "绩效目标申报表(基础设施建设类)");
            r = title(sheet, r, "(2022年度)");
            r = line(sheet, r, "项目名称", "岳阳县2022年高标准农田建设项目");
            r = line(sheet, r, "项目负责人及电话", "彭兵");
            r = line(sheet, r, "主管部门", "岳阳县农业农村局", "实施单位", "农田建设服务中心");
            Row money = sheet.createRow(r++);
            money.createCell(0).setCellValue("资金情况 (万元)");
            money.createCell(1).setCellValue("年度资金总额:");
            money.createCell(2).setCellValue(854);
            Row grant = sheet.createRow(r++);
            grant.createCell(1).setCellValue("其中:财政拨款");
            grant.createCell(2).setCellValue(854);
            r = line(sheet, r, "年度目标", "完成项目主体工程70%");
            sheetIndicators(wb, sheet, r, rows);
            saveWorkbook(wb, dir.resolve("32-yueyang-farmland.xls"));
        }
        copyExpected(dir, "08-yueyang-county-farmland-application.expected.tsv", "32-yueyang-farmland.expected.tsv");
    }

    // ---- 33: 21 and 22 (南岳, two projects) stacked on one .xlsx sheet --------------------------------------------

    static void twoProjectsXlsx(Path dir) throws IOException {
        List<Indicator> tourism = read(dir, "21-nanyue-poverty-tourism-application.expected.tsv");
        List<Indicator> assets = read(dir, "22-nanyue-town-asset-income-application.expected.tsv");
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("2018年扶贫项目");
            int r = 0;
            r = title(sheet, r, "绩效目标申报表");
            r = line(sheet, r, "项目名称", tourism.get(0).project(), "项目负责人及电话", "郭铁梅18932106863");
            r = line(sheet, r, "主管部门", "南岳镇政府", "实施单位", "[610001]湖南省润山润水生态农业发展有限公司");
            r = amount(sheet, r, 10);
            r = line(sheet, r, "年度目标", "为水濂村带来观光游客不少于6万人,村集体收入达6万元。");
            r = sheetIndicators(wb, sheet, r, tourism) + 2;
            r = title(sheet, r, "绩效目标申报表");
            r = line(sheet, r, "项目名称", assets.get(0).project(), "项目负责人及电话", "");
            r = line(sheet, r, "主管部门", "南岳镇人民政府", "实施单位", "[607001]衡阳市南岳区南岳镇人民政府");
            r = amount(sheet, r, 214.06);
            r = line(sheet, r, "年度目标", "10个合作社为入股贫困户返本分红");
            sheetIndicators(wb, sheet, r, assets);
            saveWorkbook(wb, dir.resolve("33-nanyue-two-projects.xlsx"));
        }
        List<String> both = new ArrayList<>(lines(dir, "21-nanyue-poverty-tourism-application.expected.tsv"));
        both.addAll(lines(dir, "22-nanyue-town-asset-income-application.expected.tsv").stream()
                .filter(l -> !l.startsWith("#")).toList());
        Files.write(dir.resolve("33-nanyue-two-projects.expected.tsv"), both, StandardCharsets.UTF_8);
    }

    static int title(Sheet sheet, int r, String text) {
        sheet.createRow(r).createCell(0).setCellValue(text);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 3));
        return r + 1;
    }

    static int line(Sheet sheet, int r, String... cells) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
        return r + 1;
    }

    static int amount(Sheet sheet, int r, double total) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("资金情况(万元)");
        row.createCell(1).setCellValue("年度资金总额:");
        row.createCell(2).setCellValue(total);
        Row grant = sheet.createRow(r + 1);
        grant.createCell(1).setCellValue("其中:财政拨款");
        grant.createCell(2).setCellValue(total);
        return r + 2;
    }

    /**
     * Header row, then one row per indicator with the 一级 and 二级 cells merged over their runs. A target written
     * "100%" is stored as the number 1 formatted 0%, as spreadsheets exported by budget systems often hold it.
     */
    static int sheetIndicators(Workbook wb, Sheet sheet, int r, List<Indicator> rows) {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
        line(sheet, r++, "一级指标", "二级指标", "三级指标", "指标值");
        int categoryStart = r;
        int subStart = r;
        for (int i = 0; i < rows.size(); i++, r++) {
            Indicator x = rows.get(i);
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(x.category());
            row.createCell(1).setCellValue(x.subcategory());
            row.createCell(2).setCellValue(x.name());
            Cell target = row.createCell(3);
            if (x.target().equals("100%")) {
                target.setCellValue(1);
                target.setCellStyle(percent);
            } else {
                target.setCellValue(x.target());
            }
            Indicator next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            boolean categoryEnds = next == null || !next.category().equals(x.category());
            if (categoryEnds || !next.subcategory().equals(x.subcategory())) {
                merge(sheet, subStart, r, 1);
                subStart = r + 1;
            }
            if (categoryEnds) {
                merge(sheet, categoryStart, r, 0);
                categoryStart = r + 1;
            }
        }
        return r;
    }

    /** Merges a column over rows first..last, keeping only the first cell's value as a spreadsheet program does. */
    static void merge(Sheet sheet, int first, int last, int column) {
        if (last > first) {
            for (int i = first + 1; i <= last; i++) {
                sheet.getRow(i).getCell(column).setBlank();
            }
            sheet.addMergedRegion(new CellRangeAddress(first, last, column, column));
        }
    }

    static void saveWorkbook(Workbook wb, Path file) throws IOException {
        try (OutputStream out = new FileOutputStream(file.toFile())) {
            wb.write(out);
        }
    }

    // ---- expected TSVs ----------------------------------------------------------------------------------------------

    static List<String> lines(Path dir, String name) throws IOException {
        return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
    }

    static List<Indicator> read(Path dir, String name) throws IOException {
        List<Indicator> rows = new ArrayList<>();
        for (String l : lines(dir, name)) {
            if (l.startsWith("#") || l.isBlank()) {
                continue;
            }
            String[] f = l.split("\t", -1);
            rows.add(new Indicator(f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return rows;
    }

    static void copyExpected(Path dir, String from, String to) throws IOException {
        Files.write(dir.resolve(to), lines(dir, from), StandardCharsets.UTF_8);
    }
}

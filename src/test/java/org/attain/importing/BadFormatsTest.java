package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.attain.importing.render.PdfRender;
import org.attain.importing.render.SeedRenderings;
import org.attain.importing.render.WordRender;
import org.junit.jupiter.api.Test;

/**
 * Files that cannot be imported are refused with one clear sentence in the reader's language, never a stack trace:
 * password-protected and damaged Word, Excel and PDF files, a zip bomb, a scanned PDF of a hundred pages, a file of
 * 50 MB, an old .doc, a picture. Memory stays bounded: sizes are checked before anything is unpacked.
 */
class BadFormatsTest {

    static ImportException refused(String name, byte[] bytes) {
        try {
            ApprovalDocuments.read(name, bytes);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError(name + " should have been refused");
    }

    static String english(String name, byte[] bytes) {
        ImportException e = refused(name, bytes);
        assertThat(e.getProblems()).hasSize(1);
        String chinese = e.getProblems().getFirst().message(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).doesNotStartWith("!").doesNotContain(" / ");
        return e.getProblems().getFirst().message(Locale.ENGLISH);
    }

    private static byte[] seedDocx() throws IOException {
        return WordRender.docx(
                ApprovalDocuments.read("seed.txt", SeedRenderings.seedText()).projects());
    }

    @Test
    void a_password_protected_word_file_is_named_so() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(seedDocx());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThat(english("approval.docx", out.toByteArray())).startsWith("The file is protected by a password");
    }

    @Test
    void a_password_protected_xls_is_named_so() throws Exception {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("表").createRow(0).createCell(0).setCellValue("项目名称");
            wb.write(out);
            Biff8EncryptionKey.setCurrentUserPassword(null);
            assertThat(english("approval.xls", out.toByteArray())).startsWith("The file is protected by a password");
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    static byte[] encryptedPdf() throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_password_protected_pdf_is_named_so() throws Exception {
        assertThat(english("approval.pdf", encryptedPdf())).startsWith("The file is protected by a password");
    }

    @Test
    void damaged_word_excel_and_pdf_files_say_they_cannot_be_read() throws Exception {
        byte[] docx = seedDocx();
        assertThat(english("approval.docx", Arrays.copyOf(docx, docx.length / 2)))
                .startsWith("The .docx file cannot be read");
        byte[] xls = new byte[4096];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                xls,
                0,
                8);
        assertThat(english("approval.xls", xls)).startsWith("The file is damaged");
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n%%EOF garbage".getBytes();
        assertThat(english("approval.pdf", pdf)).startsWith("The .pdf file cannot be read");
    }

    /** A Word file of 200 KB whose text unpacks to 200 MB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void a_zip_bomb_is_refused_before_it_is_unpacked() throws Exception {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).isLessThan(InputLimits.MAX_BYTES);
        assertThat(english("approval.docx", bomb)).contains("zip bomb");
    }

    /** A PDF of pages with a frame drawn on each and no text: what a scanner gives, without the pictures. */
    static byte[] scannedPdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.addRect(50, 50, 400, 600);
                    content.stroke();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void a_hundred_page_pdf_without_text_is_a_scan_and_said_so() throws Exception {
        assertThat(english("scan.pdf", scannedPdf(100)))
                .startsWith("None of the 100 pages of the PDF has a text layer")
                .contains("OCR");
    }

    @Test
    void a_file_of_fifty_megabytes_is_refused_by_its_size_before_it_is_read() {
        assertThat(english("huge.pdf", new byte[50 * 1024 * 1024]))
                .isEqualTo("The file is too large (about 50 MB); the limit is 20 MB");
    }

    @Test
    void an_old_word_document_and_a_picture_say_what_to_do() throws Exception {
        POIFSFileSystem fs = new POIFSFileSystem();
        fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fs.writeFilesystem(out);
        assertThat(english("approval.doc", out.toByteArray())).contains("save the file as .docx");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        assertThat(english("scan.png", png)).startsWith("This is a picture (PNG)");
    }

    @Test
    void a_pdf_is_read_whatever_its_name_and_a_workbook_named_pdf_as_a_workbook() throws Exception {
        byte[] pdf = PdfRender.pdf(
                ApprovalDocuments.read("seed.txt", SeedRenderings.seedText()).projects());
        assertThat(ApprovalDocuments.read("approval.xlsx", pdf).projects()).hasSize(7);
        assertThat(ApprovalDocuments.read("approval.pdf", seedDocx()).projects())
                .hasSize(7);
    }
}

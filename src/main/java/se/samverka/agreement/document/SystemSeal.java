package se.samverka.agreement.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.KeyStore.PasswordProtection;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.PDFRevisionWrapper;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.diagnostic.jaxb.XmlDigestMatcher;
import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.modifications.DefaultPdfDifferencesFinder;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxDefaultObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.HostConnection;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.http.commons.UserCredentials;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.validation.reports.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The system's seal on finished agreements: a certifying PAdES baseline-LT signature, with an RFC 3161 timestamp
 * and the certificate chains and revocation data a validator needs embedded. The key is the one in the configured
 * PKCS#12 key store, or a generated demo key issued by a demo certificate authority of Samverka's own; the timestamp
 * comes from the configured timestamp authority, or from a timestamp unit of Samverka's own. With the demo key and
 * Samverka's own timestamps, sealing never goes online; verifying never does.
 */
@Component
public class SystemSeal {

    static final String DEMO_SUBJECT = "CN=Samverka demosigill, O=Samverka, C=SE";
    static final String DEMO_AUTHORITY = "CN=Samverka demo-CA (ej betrodd utanför Samverka), O=Samverka, C=SE";
    static final String TIMESTAMP_SUBJECT = "CN=Samverka tidsstämpel (demo\\, ej betrodd utanför Samverka), O=Samverka, "
            + "C=SE";

    /** Room for the CMS signature with a timestamp token and certificates from outside, which are RSA mostly. */
    private static final int CONFIGURED_CONTENT_SIZE = 32 * 1024;

    private static final Logger log = LoggerFactory.getLogger(SystemSeal.class);

    private final SealProperties properties;
    private final Clock clock;
    private Key key;

    public SystemSeal(SealProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    public byte[] seal(byte[] pdf, String reason) {
        Key key = key();
        var parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LT);
        parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
        parameters.setSigningCertificate(key.entry().getCertificate());
        parameters.setCertificateChain(key.entry().getCertificateChain());
        parameters.setReason(reason);
        // A certification signature: what is added after it other than validation data, form filling and further
        // signatures is a change a validator reports. Level 2, not 1: ISO 32000-1 lets nothing at all be appended
        // after a level-1 certification, not even the validation data of LT (DSS 6.4 itself accepts either).
        parameters.setPermission(CertificationPermission.MINIMAL_CHANGES_PERMITTED);
        parameters.bLevel().setSigningDate(Date.from(clock.instant()));
        // DSS asks for SHA-512 unless told; SHA-256 is the digest every timestamp authority takes.
        parameters.getSignatureTimestampParameters().setDigestAlgorithm(DigestAlgorithm.SHA256);
        if (!properties.demo() || !properties.ownTimestamps()) {
            parameters.setContentSize(CONFIGURED_CONTENT_SIZE);
        }
        var service = new PAdESService(key.signingVerifier());
        service.setTspSource(key.timestamps());
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned dataToSign = service.getDataToSign(document, parameters);
        SignatureValue signature = key.token().sign(dataToSign, parameters.getDigestAlgorithm(), key.entry());
        DSSDocument sealed = service.signDocument(document, parameters, signature);
        try (var out = new ByteArrayOutputStream(pdf.length + 32 * 1024)) {
            sealed.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the first signature's cryptography and signed bytes, and that nothing but validation data, form
     * filling or signatures was added after it. The chains are checked against this seal's and its timestamp unit's
     * roots only.
     */
    public SealVerification verify(byte[] pdf) {
        Reports reports;
        try {
            var validator = new PDFDocumentValidator(new InMemoryDocument(pdf));
            // Changes to a page show among the changed objects; comparing the pages as rendered images as well
            // took most of a second.
            var differences = new DefaultPdfDifferencesFinder();
            differences.setMaximalPagesAmountForVisualComparison(0);
            var objects = new PdfBoxDefaultObjectFactory();
            objects.setPdfDifferencesFinder(differences);
            validator.setPdfObjFactory(objects);
            validator.setValidationTime(Date.from(clock.instant()));
            var verifier = offlineVerifier();
            var trusted = new CommonTrustedCertificateSource();
            trustAnchors().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
            verifier.setTrustedCertSources(trusted);
            validator.setCertificateVerifier(verifier);
            reports = validator.validateDocument();
        } catch (RuntimeException e) {
            return new SealVerification(false, null, null, "NOT_A_VALID_PDF: " + e.getClass().getSimpleName());
        }
        DiagnosticData diagnostics = reports.getDiagnosticData();
        List<SignatureWrapper> signatures = diagnostics.getSignatures();
        if (signatures.isEmpty()) {
            return new SealVerification(false, null, null, "NO_SIGNATURE_FOUND");
        }
        SignatureWrapper signature = signatures.getFirst();
        boolean digestsIntact = !signature.getDigestMatchers().isEmpty()
                && signature.getDigestMatchers().stream().allMatch(SystemSeal::intact);
        String modification = modification(pdf, signature.getPDFRevision());
        boolean intact = signature.isSignatureIntact() && signature.isSignatureValid() && digestsIntact
                && modification == null;
        String signedBy = signature.getSigningCertificate() == null ? null
                : signature.getSigningCertificate().getCommonName();
        Date claimed = signature.getClaimedSigningTime();
        String indication = indication(reports.getSimpleReport(), signature.getId());
        return new SealVerification(intact, signedBy, claimed == null ? null : claimed.toInstant(),
                modification == null ? indication : modification + " (" + indication + ")");
    }

    /** The sealing certificate's subject, such as "CN=Samverka demosigill,O=Samverka,C=SE". */
    public String subject() {
        return key().entry().getCertificate().getSubject().getRFC2253();
    }

    /**
     * What DSS found changed in the revisions appended after the signature, beyond what a certification signature
     * with minimal changes permitted allows; null when nothing.
     */
    private static String modification(byte[] pdf, PDFRevisionWrapper revision) {
        if (revision == null) {
            return null;
        }
        List<String> found = new ArrayList<>();
        if (informationChanged(pdf, revision.getSignatureByteRange())) {
            found.add("document information");
        }
        if (!revision.getPdfUndefinedChanges().isEmpty()) {
            found.add("objects");
        }
        if (!revision.getPdfAnnotationChanges().isEmpty()) {
            found.add("annotations");
        }
        if (!revision.getPdfPageDifferenceConcernedPages().isEmpty()) {
            found.add("pages");
        }
        if (!revision.getPdfVisualDifferenceConcernedPages().isEmpty()) {
            found.add("page content");
        }
        if (!revision.getPdfAnnotationsOverlapConcernedPages().isEmpty()) {
            found.add("overlapping annotations");
        }
        return found.isEmpty() ? null : "MODIFIED_AFTER_SEALING: " + String.join(", ", found);
    }

    /**
     * DSS compares the objects under the catalog; the document information dictionary (title, author, subject) hangs
     * from the trailer, so its entries as signed are compared here with those of the last revision.
     */
    private static boolean informationChanged(byte[] pdf, List<BigInteger> byteRange) {
        if (byteRange == null || byteRange.size() != 4) {
            return false;
        }
        long signedLength = byteRange.get(2).longValue() + byteRange.get(3).longValue();
        if (signedLength <= 0 || signedLength > pdf.length) {
            return false;
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, (int) signedLength));
             PDDocument last = Loader.loadPDF(pdf)) {
            return !information(signed).equals(information(last));
        } catch (IOException e) {
            return true;
        }
    }

    private static Map<String, String> information(PDDocument document) {
        Map<String, String> entries = new TreeMap<>();
        COSDictionary information = document.getDocumentInformation().getCOSObject();
        for (COSName key : information.keySet()) {
            COSBase value = information.getDictionaryObject(key);
            entries.put(key.getName(), value instanceof COSString text ? text.getString() : String.valueOf(value));
        }
        return entries;
    }

    private static boolean intact(XmlDigestMatcher matcher) {
        return matcher.isDataFound() && matcher.isDataIntact();
    }

    private static String indication(SimpleReport report, String signatureId) {
        var indication = report.getIndication(signatureId);
        var subIndication = report.getSubIndication(signatureId);
        return subIndication == null ? String.valueOf(indication) : indication + "/" + subIndication;
    }

    /** Verifying goes by what the document carries: its certificates and its revocation data. */
    private static CommonCertificateVerifier offlineVerifier() {
        var verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        verifier.setCrlSource(null);
        verifier.setOcspSource(null);
        return verifier;
    }

    private synchronized Key key() {
        if (key == null) {
            key = properties.demo() ? demoKey() : configuredKey();
        }
        return key;
    }

    private Key configuredKey() {
        char[] password = properties.password() == null ? new char[0] : properties.password().toCharArray();
        try {
            byte[] store = Files.readAllBytes(Path.of(properties.keystore()));
            var token = new Pkcs12SignatureToken(store, new PasswordProtection(password));
            if (properties.alias() != null) {
                DSSPrivateKeyEntry entry = token.getKey(properties.alias());
                if (entry == null) {
                    throw new IllegalStateException("no key " + properties.alias() + " in the seal key store");
                }
                return key(token, entry, null);
            }
            List<DSSPrivateKeyEntry> keys = token.getKeys();
            if (keys.size() != 1) {
                throw new IllegalStateException("the seal key store holds " + keys.size()
                        + " keys; set samverka.seal.alias to choose one");
            }
            return key(token, keys.getFirst(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the seal key store " + properties.keystore(), e);
        }
    }

    private Key demoKey() {
        log.info("No samverka.seal.keystore configured: sealing with a generated demo key of a demo authority");
        var authority = authority();
        char[] password = new char[0];
        try {
            KeyPair pair = CertificateAuthority.ecKeyPair();
            X509Certificate certificate = authority.issue(DEMO_SUBJECT, pair.getPublic(), null);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("seal", pair.getPrivate(), password,
                    new X509Certificate[] {certificate, authority.root()});
            var out = new ByteArrayOutputStream();
            store.store(out, password);
            var token = new Pkcs12SignatureToken(out.toByteArray(), new PasswordProtection(password));
            return key(token, token.getKey("seal"), authority);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not generate the demo seal key", e);
        }
    }

    /**
     * The demo authority answers for the certificates it issued; with a configured key store or timestamp authority
     * the others' revocation data comes from their CRLs and OCSP responders, and missing issuers from their AIA.
     */
    private CertificateAuthority authority() {
        return new CertificateAuthority(DEMO_AUTHORITY, clock, null,
                properties.demo() && properties.ownTimestamps() ? null : new OnlineCRLSource(new CommonsDataLoader()));
    }

    private Key key(Pkcs12SignatureToken token, DSSPrivateKeyEntry entry, CertificateAuthority demoAuthority) {
        CertificateAuthority authority = demoAuthority == null ? authority() : demoAuthority;
        var verifier = new CommonCertificateVerifier();
        verifier.setCrlSource(authority);
        // Sealing trusts no root, so that every chain is carried whole; DSS otherwise gathers revocation data only
        // for chains that end in a trusted root.
        verifier.setCheckRevocationForUntrustedChains(true);
        if (properties.demo() && properties.ownTimestamps()) {
            verifier.setAIASource(null);
            verifier.setOcspSource(null);
        } else {
            verifier.setAIASource(new DefaultAIASource(new CommonsDataLoader()));
            verifier.setOcspSource(new OnlineOCSPSource(new OCSPDataLoader()));
        }
        List<X509Certificate> anchors = new ArrayList<>();
        anchors.add(authority.root());
        CertificateToken[] chain = entry.getCertificateChain();
        CertificateToken last = chain[chain.length - 1];
        if (!last.getCertificate().equals(authority.root())) {
            anchors.add(last.getCertificate());
        }
        return new Key(token, entry, verifier, timestamps(authority), anchors);
    }

    private TSPSource timestamps(CertificateAuthority authority) {
        if (properties.ownTimestamps()) {
            try {
                KeyPair pair = CertificateAuthority.ecKeyPair();
                X509Certificate certificate = authority.issue(TIMESTAMP_SUBJECT, pair.getPublic(),
                        KeyPurposeId.id_kp_timeStamping);
                return new TimestampUnit(pair.getPrivate(), List.of(certificate, authority.root()), clock);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("could not generate the timestamp unit's key", e);
            }
        }
        var loader = new TimestampDataLoader();
        if (properties.tsaUsername() != null && !properties.tsaUsername().isBlank()) {
            URI uri = URI.create(properties.tsaUrl());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            loader.addAuthentication(new HostConnection(uri.getHost(), port), new UserCredentials(
                    properties.tsaUsername(),
                    properties.tsaPassword() == null ? new char[0] : properties.tsaPassword().toCharArray()));
            loader.setPreemptiveAuthentication(true);
        }
        return new OnlineTSPSource(properties.tsaUrl(), loader);
    }

    /** The roots of the seal's and the timestamp unit's chains. */
    List<X509Certificate> trustAnchors() {
        return key().trustAnchors();
    }

    /** {@code trustAnchors}: the roots of the seal's and the timestamp unit's chains. */
    private record Key(Pkcs12SignatureToken token, DSSPrivateKeyEntry entry, CommonCertificateVerifier signingVerifier,
                       TSPSource timestamps, List<X509Certificate> trustAnchors) {
    }
}

package se.samverka.agreement.document;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 timestamp unit of Samverka's own, which stamps with its key the time of the injected clock. Its
 * certificate is trusted nowhere outside Samverka; a configured timestamp authority replaces it in production.
 */
final class TimestampUnit implements TSPSource {

    /** The unit's policy: an OID under the UUID arc (ITU-T X.667), for it follows no published TSA policy. */
    static final ASN1ObjectIdentifier POLICY = new ASN1ObjectIdentifier(
            "2.25.237082724106091587329400635408420775286");

    private final transient PrivateKey key;
    private final transient List<X509Certificate> chain;
    private final transient Clock clock;
    private final transient SecureRandom random = new SecureRandom();

    /** {@code chain} begins with the unit's own certificate, which has id-kp-timeStamping as its only purpose. */
    TimestampUnit(PrivateKey key, List<X509Certificate> chain, Clock clock) {
        this.key = key;
        this.chain = List.copyOf(chain);
        this.clock = clock;
    }

    @Override
    public TimestampBinary getTimeStampResponse(DigestAlgorithm algorithm, byte[] digest) {
        var request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        TimeStampResponse response = respond(request.generate(new ASN1ObjectIdentifier(algorithm.getOid()), digest,
                new BigInteger(64, random)));
        try {
            return new TimestampBinary(response.getTimeStampToken().getEncoded());
        } catch (IOException e) {
            throw new DSSException("could not encode the timestamp token", e);
        }
    }

    /** The unit's answer to a request, as it would be sent over HTTP (application/timestamp-reply). */
    TimeStampResponse respond(TimeStampRequest request) {
        try {
            var signer = new JcaSimpleSignerInfoGeneratorBuilder()
                    .build(key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA", key, chain.getFirst());
            var generator = new TimeStampTokenGenerator(signer, new JcaDigestCalculatorProviderBuilder().build()
                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)), POLICY);
            generator.addCertificates(new JcaCertStore(chain));
            generator.setTSA(new GeneralName(X500Name.getInstance(
                    chain.getFirst().getSubjectX500Principal().getEncoded())));
            return new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED)
                    .generate(request, new BigInteger(64, random), Date.from(clock.instant()));
        } catch (OperatorCreationException | CertificateEncodingException | TSPException e) {
            throw new DSSException("the timestamp unit could not stamp", e);
        }
    }
}

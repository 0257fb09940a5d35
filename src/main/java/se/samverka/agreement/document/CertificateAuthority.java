package se.samverka.agreement.document;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.security.auth.x500.X500Principal;

import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority of Samverka's own: a self-signed root that issues the demo seal's and the timestamp unit's
 * certificates and answers for their revocation with a CRL it signs when asked (empty: it never revokes). It is
 * trusted nowhere outside Samverka. For certificates it did not issue it asks {@code others}, or nobody when null.
 */
final class CertificateAuthority implements CRLSource {

    private static final Duration VALIDITY = Duration.ofDays(3653);
    private static final Duration CRL_VALIDITY = Duration.ofDays(1);

    private final KeyPair pair;
    private final X509Certificate root;
    private final CertificateToken rootToken;
    private final Clock clock;
    private final String crlUrl;
    private final transient CRLSource others;

    /** {@code crlUrl} is named in the certificates it issues when it publishes its CRL there; null otherwise. */
    CertificateAuthority(String subject, Clock clock, String crlUrl, CRLSource others) {
        this.clock = clock;
        this.crlUrl = crlUrl;
        this.others = others;
        try {
            pair = ecKeyPair();
            var builder = builder(new X500Principal(subject), new X500Principal(subject), pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            root = new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
            rootToken = new CertificateToken(root);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("could not create the certificate authority " + subject, e);
        }
    }

    static KeyPair ecKeyPair() throws GeneralSecurityException {
        // An elliptic-curve key is made in a millisecond; an RSA key of the same strength (3072 bits) took a second
        // or more of the first start.
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    X509Certificate root() {
        return root;
    }

    /** A certificate for a seal, or for a timestamp unit when {@code purpose} is id-kp-timeStamping. */
    X509Certificate issue(String subject, PublicKey key, KeyPurposeId purpose) {
        try {
            var builder = builder(new X500Principal(subject), root.getSubjectX500Principal(), key);
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(root));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (purpose == null) {
                builder.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            } else {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
            }
            if (crlUrl != null) {
                var name = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl));
                builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(
                        new DistributionPoint[] {new DistributionPoint(new DistributionPointName(name), null, null)}));
            }
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer()));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("could not issue a certificate for " + subject, e);
        }
    }

    /**
     * The CRL, valid for a day. It is dated a second on: a timestamp has whole seconds, and a validator takes
     * revocation data as fresh only when it was issued after the time a timestamp proves for the signature.
     */
    byte[] crl() {
        Instant now = clock.instant().plusSeconds(1);
        try {
            var builder = new X509v2CRLBuilder(new JcaX509CertificateHolder(root).getSubject(), Date.from(now));
            builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root));
            builder.addExtension(Extension.cRLNumber, false,
                    new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
            return builder.build(signer()).getEncoded();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("could not sign the certificate authority's CRL", e);
        }
    }

    @Override
    public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
        if (rootToken.equals(issuer)) {
            try {
                var token = new CRLToken(certificate,
                        CRLUtils.buildCRLValidity(CRLUtils.buildCRLBinary(crl()), issuer));
                token.setExternalOrigin(RevocationOrigin.EXTERNAL);
                return token;
            } catch (IOException e) {
                throw new IllegalStateException("could not read the certificate authority's own CRL", e);
            }
        }
        return others == null ? null : others.getRevocationToken(certificate, issuer);
    }

    private JcaX509v3CertificateBuilder builder(X500Principal subject, X500Principal issuer, PublicKey key)
            throws GeneralSecurityException, IOException {
        Instant now = clock.instant();
        var builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), subject, key);
        builder.addExtension(Extension.subjectKeyIdentifier, false,
                new JcaX509ExtensionUtils().createSubjectKeyIdentifier(key));
        return builder;
    }

    private ContentSigner signer() throws OperatorCreationException {
        return new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
    }
}

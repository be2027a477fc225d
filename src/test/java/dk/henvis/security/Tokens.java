package dk.henvis.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.List;

/** Real signed JWTs for the production sign-in tests, with the claim names of {@link ProductionSignInProfile}. */
final class Tokens {

    private Tokens() {
    }

    static JwtClaimsBuilder claims(String user, String... roles) {
        return Jwt.issuer(ProductionSignInProfile.ISSUER).upn(user).subject(user)
                .claim("henvis_roles", List.of(roles)).expiresIn(300);
    }

    static String sign(JwtClaimsBuilder claims) {
        return claims.sign(testOnlyKey());
    }

    static String coordinator() {
        return sign(claims("kari.coordinator", Role.COORDINATOR));
    }

    static String referrer(String organisation, String referrerRole) {
        return sign(claims("ref-" + organisation, Role.REFERRER)
                .claim("municipal_org", organisation).claim("referrer_kind", referrerRole));
    }

    static String practitioner(String... programmes) {
        return sign(claims("practitioner-" + String.join("-", programmes), Role.PRACTITIONER)
                .claim("works_in", List.of(programmes)));
    }

    static String signedWithAnotherKey(JwtClaimsBuilder claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims.sign(generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey testOnlyKey() {
        try {
            return KeyUtils.readPrivateKey("test-only-jwt/privateKey.pem");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test-only signing key", e);
        }
    }
}

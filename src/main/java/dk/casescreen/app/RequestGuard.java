package dk.casescreen.app;

import com.sun.net.httpserver.Headers;
import dk.casescreen.Privacy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may talk to the app: a request must carry the token as its first path segment (compared in
 * constant time), name the app's own address in its Host header (against DNS rebinding), and not come
 * from another site's page (an Origin other than the app's, or Sec-Fetch-Site cross-site or same-site).
 * Also the headers every response carries.
 */
final class RequestGuard {

    /** The app page's policy: nothing but the app itself. */
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'";
    /** The report's policy inside the frame: no script at all, its own inline style and data images. */
    static final String REPORT_POLICY = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src 'none'; connect-src 'none'; form-action 'none'; frame-ancestors 'self'; base-uri 'none'";

    private final String token;
    private final byte[] tokenBytes;
    private final int port;

    RequestGuard(String token, int port) {
        this.token = token;
        this.tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
        this.port = port;
    }

    /**
     * A new token: 32 bytes from {@link SecureRandom}, base64url without padding; drawn again in the
     * (tiny) chance that it holds a run of digits the printed output would mask as a CPR number.
     */
    static String newToken() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[32];
        String token;
        do {
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (Privacy.containsCpr(token, true) || !Privacy.mask(token).equals(token));
        return token;
    }

    /** The token. */
    String token() {
        return token;
    }

    /**
     * The path after {@code /<token>/} when the request may be served ("" for the page), empty when it
     * must be refused with 403.
     */
    Optional<String> admit(String rawPath, Headers headers) {
        if (!hostIsOurs(headers.getFirst("Host")) || !originIsOurs(headers.getFirst("Origin"))) {
            return Optional.empty();
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
            return Optional.empty();
        }
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        int end = rawPath.indexOf('/', 1);
        String first = end < 0 ? rawPath.substring(1) : rawPath.substring(1, end);
        if (!MessageDigest.isEqual(first.getBytes(StandardCharsets.UTF_8), tokenBytes)) {
            return Optional.empty();
        }
        return Optional.of(end < 0 ? "" : rawPath.substring(end + 1));
    }

    private boolean hostIsOurs(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    private boolean originIsOurs(String origin) {
        if (origin == null) {
            return true;
        }
        String o = origin.toLowerCase(Locale.ROOT);
        return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port);
    }

    /** The headers of every response: the policy, no referrer (the token is in the address), no sniffing, no caching. */
    static void secure(Headers headers, String policy) {
        headers.set("Content-Security-Policy", policy);
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Frame-Options", "SAMEORIGIN");
    }
}

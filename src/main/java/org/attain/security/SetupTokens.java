package org.attain.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.attain.cluster.NodeName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time setup tokens that servers without any user print in their log, kept (as SHA-256 hashes) in the
 * database, so that a token printed by one server works on whichever server the browser reaches. Redeeming one
 * removes them all.
 */
@Component
class SetupTokens {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NodeName node;
    private final SecureRandom random = new SecureRandom();

    SetupTokens(JdbcClient jdbc, PlatformTransactionManager transactions, NodeName node) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node;
    }

    /** A new token, stored; the caller prints it. */
    String issue() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        jdbc.sql("INSERT INTO setup_token (token_hash, created_by) VALUES (:h, :by)")
                .param("h", hash(token))
                .param("by", node.describe())
                .update();
        return token;
    }

    boolean anyIssued() {
        return jdbc.sql("SELECT COUNT(*) FROM setup_token").query(Long.class).single() > 0;
    }

    /**
     * Runs {@code create} if {@code token} is one of the issued tokens, and then forgets them all, in one transaction:
     * of two servers redeeming the same token at once, the second finds it gone. Returns whether it was issued; when
     * {@code create} throws, the token stays valid.
     */
    boolean redeem(String token, Runnable create) {
        Boolean redeemed = transaction.execute(status -> {
            if (jdbc.sql("DELETE FROM setup_token WHERE token_hash = :h")
                            .param("h", hash(token.strip()))
                            .update()
                    == 0) {
                return false;
            }
            create.run();
            jdbc.sql("DELETE FROM setup_token").update();
            return true;
        });
        return Boolean.TRUE.equals(redeemed);
    }

    private static String hash(String token) {
        return LoginFailures.hash("setup:" + token);
    }
}

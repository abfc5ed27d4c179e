package org.helpdesk.customerrelations.persistence.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.helpdesk.customerrelations.api.RelationException;
import org.helpdesk.customerrelations.api.RelationException.Reason;
import org.helpdesk.customerrelations.api.dto.Side;

/**
 * The version of a subject's relation set: SHA-256 over its other-side IDs (lower case, sorted), so it
 * changes with every addition or removal, whoever makes it, and needs no counter that every write keeps.
 */
final class SubjectVersions {

    private SubjectVersions() {
    }

    static String of(RelationMapper mapper, Side side, String subjectLc) {
        boolean customerSide = side == Side.CUSTOMER;
        List<String> ids = new ArrayList<>(mapper.otherIds(customerSide ? "customer_id_lc" : "login_lc",
                customerSide ? "login_lc" : "customer_id_lc", subjectLc, Integer.MAX_VALUE));
        Collections.sort(ids);
        return digest(ids);
    }

    static String digest(List<String> sortedLowerIds) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String id : sortedLowerIds) {
                sha.update(id.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha.digest(), 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static RelationException conflict(String subject) {
        return new RelationException(Reason.CONFLICT, subject, "The relations of '" + subject
                + "' were changed meanwhile; nothing was written. Read them again and repeat the change.");
    }
}

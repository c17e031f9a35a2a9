package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The site bucket is private: nothing public, and only this stack's CloudFront distribution reads it, signed (OAC). */
class SiteBucketTest {

    private final Template template = Template.load();
    private final JsonNode bucket = template.resource("SiteBucket").path("Properties");

    @Test
    void everyPublicAccessBlockIsOn() {
        assertEquals("{\"BlockPublicAcls\":true,\"BlockPublicPolicy\":true,\"IgnorePublicAcls\":true,\"RestrictPublicBuckets\":true}",
                bucket.path("PublicAccessBlockConfiguration").toString());
    }

    @Test
    void theBucketOwnsEveryObjectIsEncryptedAndVersionedAndNoWebsite() {
        assertEquals("BucketOwnerEnforced", bucket.path("OwnershipControls").path("Rules").get(0).path("ObjectOwnership").asText());
        assertEquals("AES256", bucket.path("BucketEncryption").path("ServerSideEncryptionConfiguration").get(0)
                .path("ServerSideEncryptionByDefault").path("SSEAlgorithm").asText());
        assertEquals("Enabled", bucket.path("VersioningConfiguration").path("Status").asText());
        assertFalse(bucket.has("WebsiteConfiguration"), "an S3 website endpoint is public by design");
        assertFalse(bucket.has("AccessControl"), "no canned ACLs");
        assertEquals(Set.of("SiteBucket"), template.resourcesOfType("AWS::S3::Bucket").keySet());
    }

    @Test
    void thePolicyRefusesPlainHttpAndLetsOnlyThisDistributionRead() {
        JsonNode policy = template.resource("SiteBucketPolicy").path("Properties");
        assertEquals("{\"Ref\":\"SiteBucket\"}", policy.path("Bucket").toString());

        List<String> statements = new ArrayList<>();
        for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
            String who = statement.path("Principal").isTextual()
                    ? statement.path("Principal").asText()
                    : statement.path("Principal").path("Service").asText();
            String condition = statement.path("Condition").toString();
            statements.add(statement.path("Effect").asText() + " " + statement.path("Action").asText() + " to " + who + " if " + condition);
        }

        String thisDistribution = "{\"StringEquals\":{\"AWS:SourceArn\":{\"Fn::Sub\":"
                + "\"arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${Distribution}\"}}}";
        assertEquals(List.of(
                "Deny s3:* to * if {\"Bool\":{\"aws:SecureTransport\":\"false\"}}",
                "Allow s3:GetObject to cloudfront.amazonaws.com if " + thisDistribution,
                "Allow s3:ListBucket to cloudfront.amazonaws.com if " + thisDistribution), statements);
    }

    @Test
    void cloudFrontReachesTheBucketThroughOriginAccessControlOnly() {
        JsonNode origins = template.resource("Distribution").path("Properties").path("DistributionConfig").path("Origins");
        assertEquals(1, origins.size());
        JsonNode origin = origins.get(0);
        assertEquals("{\"Fn::GetAtt\":[\"SiteBucket\",\"RegionalDomainName\"]}", origin.path("DomainName").toString());
        assertEquals("{\"Fn::GetAtt\":[\"SiteOriginAccessControl\",\"Id\"]}", origin.path("OriginAccessControlId").toString());
        assertEquals("", origin.path("S3OriginConfig").path("OriginAccessIdentity").asText(), "no legacy origin access identity");

        JsonNode control = template.resource("SiteOriginAccessControl").path("Properties").path("OriginAccessControlConfig");
        assertEquals("s3", control.path("OriginAccessControlOriginType").asText());
        assertEquals("always", control.path("SigningBehavior").asText());
        assertEquals("sigv4", control.path("SigningProtocol").asText());
    }

    @Test
    void viewersGetHttpsOnly() {
        JsonNode config = template.resource("Distribution").path("Properties").path("DistributionConfig");
        List<JsonNode> behaviours = new ArrayList<>();
        behaviours.add(config.path("DefaultCacheBehavior"));
        config.path("CacheBehaviors").forEach(behaviours::add);
        for (JsonNode behaviour : behaviours) {
            assertEquals("redirect-to-https", behaviour.path("ViewerProtocolPolicy").asText(), behaviour.toString());
            assertEquals("true", behaviour.path("Compress").asText());
        }
    }
}

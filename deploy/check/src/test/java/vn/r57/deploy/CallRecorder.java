package vn.r57.deploy;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Records every AWS call a client makes as the IAM permission it needs, in the form {@link Grants} reads from the
 * template ("dynamodb:Query on Table/index/changes"), naming the test's table "Table" and its bucket "SiteBucket".
 * A transaction is recorded as the item actions IAM checks inside it.
 */
final class CallRecorder implements ExecutionInterceptor {

    private final String table;
    private final String bucket;
    private final Set<String> permissions = Collections.synchronizedSet(new TreeSet<>());

    CallRecorder(String table, String bucket) {
        this.table = table;
        this.bucket = bucket;
    }

    Set<String> permissions() {
        synchronized (permissions) {
            return new TreeSet<>(permissions);
        }
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        SdkRequest request = context.request();
        if (request instanceof GetItemRequest get) {
            record("dynamodb:GetItem", table(get.tableName()));
        } else if (request instanceof BatchGetItemRequest batch) {
            batch.requestItems().keySet().forEach(name -> record("dynamodb:BatchGetItem", table(name)));
        } else if (request instanceof PutItemRequest put) {
            record("dynamodb:PutItem", table(put.tableName()));
        } else if (request instanceof UpdateItemRequest update) {
            record("dynamodb:UpdateItem", table(update.tableName()));
        } else if (request instanceof DeleteItemRequest delete) {
            record("dynamodb:DeleteItem", table(delete.tableName()));
        } else if (request instanceof QueryRequest query) {
            record("dynamodb:Query", index(query.tableName(), query.indexName()));
        } else if (request instanceof ScanRequest scan) {
            record("dynamodb:Scan", index(scan.tableName(), scan.indexName()));
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().forEach(this::recordItem);
        } else if (request instanceof GetObjectRequest get) {
            record("s3:GetObject", objects(get.bucket()));
        } else if (request instanceof HeadObjectRequest head) {
            record("s3:GetObject", objects(head.bucket()));
        } else if (request instanceof PutObjectRequest put) {
            record("s3:PutObject", objects(put.bucket()));
        } else if (request instanceof DeleteObjectRequest delete) {
            record("s3:DeleteObject", objects(delete.bucket()));
        } else if (request instanceof ListObjectsV2Request list) {
            record("s3:ListBucket", bucket(list.bucket()));
        } else {
            String service = attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME);
            record(service + ":" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), "(not mapped by CallRecorder)");
        }
    }

    private void recordItem(TransactWriteItem item) {
        if (item.put() != null) {
            record("dynamodb:PutItem", table(item.put().tableName()));
        }
        if (item.update() != null) {
            record("dynamodb:UpdateItem", table(item.update().tableName()));
        }
        if (item.delete() != null) {
            record("dynamodb:DeleteItem", table(item.delete().tableName()));
        }
        if (item.conditionCheck() != null) {
            record("dynamodb:ConditionCheckItem", table(item.conditionCheck().tableName()));
        }
    }

    private void record(String action, String resource) {
        permissions.add(action + " on " + resource);
    }

    private String table(String name) {
        return name.equals(table) ? "Table" : "another table " + name;
    }

    private String index(String tableName, String indexName) {
        return indexName == null ? table(tableName) : table(tableName) + "/index/" + indexName;
    }

    private String bucket(String name) {
        return name.equals(bucket) ? "SiteBucket" : "another bucket " + name;
    }

    private String objects(String name) {
        return bucket(name) + "/*";
    }
}

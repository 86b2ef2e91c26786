"""Requests signed by botocore's SigV4 signer, for the Java verifier's unit test.

Prints a JSON list; each entry has the request as the server would receive it (method, raw path,
raw query, headers, base64 body) and the key, region and service it was signed with.
"""
import base64
import json
import sys
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CREDENTIALS = Credentials('AKIDBOTOCORE', 'botocore/secret+key=')

CASES = [
    ('sagemaker json call', 'POST', 'http://127.0.0.1:8080/',
     {'Content-Type': 'application/x-amz-json-1.1',
      'X-Amz-Target': 'SageMaker.ListModelPackages'},
     b'{"ModelPackageGroupName": "churn", "MaxResults": 5}', 'eu-west-1', 'sagemaker'),
    ('empty body', 'POST', 'http://localhost:9000/',
     {'X-Amz-Target': 'SageMaker.ListModelPackageGroups'}, b'', 'us-east-1', 'sagemaker'),
    ('unicode body and spaced header', 'POST', 'http://127.0.0.1:8080/',
     {'Content-Type': 'application/x-amz-json-1.1', 'X-Custom': '  a   b  c ',
      'X-Amz-Target': 'SageMaker.CreateModelPackageGroup'},
     '{"ModelPackageGroupName": "g", "ModelPackageGroupDescription": "Modèle № 1 ✓"}'
     .encode('utf-8'), 'ap-southeast-2', 'sagemaker'),
    ('query and encoded path', 'GET',
     'http://127.0.0.1:8080/a%20b/./c/../d?b=2&a=1&c=x%2Fy&a=0&empty=', {}, b'',
     'us-west-2', 'sagemaker'),
]

requests = []
for name, method, url, headers, body, region, service in CASES:
    request = AWSRequest(method=method, url=url, headers=headers, data=body)
    SigV4Auth(CREDENTIALS, service, region).add_auth(request)
    parts = urlsplit(url)
    sent_headers = {key: value for key, value in request.headers.items()}
    sent_headers['Host'] = parts.netloc
    requests.append({
        'name': name,
        'method': method,
        'rawPath': parts.path,
        'rawQuery': parts.query,
        'headers': sent_headers,
        'body': base64.b64encode(body).decode('ascii'),
        'accessKey': CREDENTIALS.access_key,
        'secretKey': CREDENTIALS.secret_key,
        'region': region,
        'service': service,
    })
json.dump(requests, sys.stdout)
sys.stdout.write('\n')

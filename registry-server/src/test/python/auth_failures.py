"""Signed requests accepted as the signing key; unsigned, badly signed, stale, other-region and
other-service ones refused.

argv: the two accepted keys as ID:SECRET.
"""
import datetime
import sys
from unittest import mock

import botocore
import botocore.auth
import botocore.exceptions
from botocore.config import Config

from registry_client import client, emit, error_of



def stale_clock(when):
    """Makes botocore sign as if it were `when` (newer botocore asks get_current_datetime)."""
    if hasattr(botocore.auth, 'get_current_datetime'):
        return mock.patch('botocore.auth.get_current_datetime', return_value=when)
    fake = mock.MagicMock(wraps=datetime)
    fake.datetime.utcnow.return_value = when
    return mock.patch('botocore.auth.datetime', fake)


(first_id, first_secret), (second_id, second_secret) = (
    key.split(':', 1) for key in sys.argv[1:3])
result = {}

first = client(first_id, first_secret)
second = client(second_id, second_secret)
first.create_model_package_group(ModelPackageGroupName='audited')
arn = second.create_model_package(
    ModelPackageGroupName='audited',
    InferenceSpecification={'Containers': [{'Image': 'serve:1'}],
                            'SupportedContentTypes': ['text/csv'],
                            'SupportedResponseMIMETypes': ['text/csv']})['ModelPackageArn']
first.update_model_package(ModelPackageArn=arn, ModelApprovalStatus='Approved')
result['groupCreatedBy'] = first.describe_model_package_group(
    ModelPackageGroupName='audited')['CreatedBy']
described = first.describe_model_package(ModelPackageName=arn)
result['versionCreatedBy'] = described['CreatedBy']
result['versionLastModifiedBy'] = described['LastModifiedBy']

result['wrongSecret'] = error_of(
    client(first_id, 'not-the-secret').list_model_package_groups)
result['unknownKey'] = error_of(
    client('AKIDUNKNOWN', first_secret).list_model_package_groups)
result['unsigned'] = error_of(
    client(signature_version=botocore.UNSIGNED).list_model_package_groups)
twenty_minutes_ago = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) \
    - datetime.timedelta(minutes=20)
with stale_clock(twenty_minutes_ago):
    result['stale'] = error_of(first.list_model_package_groups)
result['otherRegion'] = error_of(
    client(first_id, first_secret, region_name='ap-southeast-2').list_model_package_groups)
other_service = client(first_id, first_secret)
# botocore signs with the service's signing name; another service's credential scope is what a
# request replayed from, or meant for, another service carries
other_service._request_signer._signing_name = 'sagemaker-runtime'
result['otherService'] = error_of(other_service.list_model_package_groups)


def caught_by_code(code, call):
    """Whether the failure of `call` is caught by comparing its code, as SDK users do."""
    try:
        call()
    except botocore.exceptions.ClientError as error:
        return error.response['Error']['Code'] == code
    return False


result['caughtByName'] = {
    'MissingAuthenticationTokenException': caught_by_code(
        'MissingAuthenticationTokenException',
        client(signature_version=botocore.UNSIGNED).list_model_package_groups),
    'UnrecognizedClientException': caught_by_code(
        'UnrecognizedClientException',
        client('AKIDUNKNOWN', first_secret).list_model_package_groups),
    'InvalidSignatureException': caught_by_code(
        'InvalidSignatureException',
        client(first_id, 'not-the-secret').list_model_package_groups),
}

emit(result)

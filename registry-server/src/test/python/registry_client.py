"""Shared set-up of the scripts that the Java tests run against a registry server.

The endpoint comes from REGISTRY_ENDPOINT; credentials and region come from the standard
AWS_* environment variables, which the tests set (so the machine's own configuration cannot
interfere). A script prints one JSON document on stdout; the tests assert on it.
"""
import datetime
import json
import os
import sys

import boto3
import botocore.exceptions
from botocore.config import Config


def client(access_key=None, secret_key=None, **config):
    """A SageMaker client for the server under test; credentials default to the environment's."""
    kwargs = {}
    if access_key is not None:
        kwargs['aws_access_key_id'] = access_key
        kwargs['aws_secret_access_key'] = secret_key
    return boto3.client(
        'sagemaker',
        endpoint_url=os.environ['REGISTRY_ENDPOINT'],
        config=Config(retries={'max_attempts': 1, 'mode': 'standard'}, **config),
        **kwargs)


def error_of(call, *args, **kwargs):
    """Runs a call that must fail; returns its error code, message and HTTP status."""
    try:
        call(*args, **kwargs)
    except botocore.exceptions.ClientError as error:
        return {
            'Code': error.response['Error']['Code'],
            'Message': error.response['Error']['Message'],
            'HttpStatus': error.response['ResponseMetadata']['HTTPStatusCode'],
            'Class': type(error).__name__,
        }
    raise AssertionError('%s succeeded but should have failed' % call.__name__)


def caught_as(exception_class, call, *args, **kwargs):
    """Runs a call that must raise exception_class; returns the class name it was caught as."""
    try:
        call(*args, **kwargs)
    except exception_class as error:
        return type(error).__name__
    raise AssertionError('%s did not raise %s' % (call.__name__, exception_class))


def _plain(value):
    if isinstance(value, datetime.datetime):
        return {'datetime': value.isoformat()}
    raise TypeError(repr(value))


def emit(result):
    """Prints the result for the Java test, timestamps as {'datetime': iso} to show their type."""
    json.dump(result, sys.stdout, default=_plain, sort_keys=True)
    sys.stdout.write('\n')

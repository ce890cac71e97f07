"""Funnel analytics: conversion, figures, diagnosis, target planning."""

"""warta.models"""
